//! criterion.rs over the Rust peer's decoders: decode/<corpus>/<decoder>, throughput in values,
//! so criterion's folders hold ns per iteration of one whole-corpus decode and the element count.
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use edgebench_peer_rust_bench::{corpora, varints};

fn decode(c: &mut Criterion) {
    let mut group = c.benchmark_group("decode");
    group.sample_size(10).warm_up_time(std::time::Duration::from_millis(200));
    group.measurement_time(std::time::Duration::from_millis(600));
    for corpus in corpora() {
        let mut out = vec![0u64; corpus.values];
        group.throughput(Throughput::Elements(corpus.values as u64));
        group.bench_function(BenchmarkId::new(corpus.name.as_str(), "rust-std"), |b| {
            b.iter(|| varints::decode_std(black_box(&corpus.bytes), &mut out).unwrap().count)
        });
        group.bench_function(BenchmarkId::new(corpus.name.as_str(), "rust-protobuf"), |b| {
            b.iter(|| varints::decode_protobuf(black_box(&corpus.bytes), &mut out).unwrap().count)
        });
    }
    group.finish();
}

criterion_group!(benches, decode);
criterion_main!(benches);
