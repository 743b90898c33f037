//! libtest's own #[bench] (needs RUSTC_BOOTSTRAP=1 on a stable rustc) over the Rust peer's
//! decoders: `test decode::one_byte::rust_std ... bench: N ns/iter (+/- S)`, one whole-corpus
//! decode per iteration.
#![feature(test)]
extern crate test;

mod decode {
    mod one_byte {
        use edgebench_peer_rust_bench::{corpora, varints};
        use test::{black_box, Bencher};

        fn corpus() -> edgebench_peer_rust_bench::Corpus {
            corpora().into_iter().find(|c| c.name == "one-byte").expect("one-byte in CORPORA")
        }

        #[bench]
        fn rust_std(b: &mut Bencher) {
            let corpus = corpus();
            let mut out = vec![0u64; corpus.values];
            b.iter(|| varints::decode_std(black_box(&corpus.bytes), &mut out).unwrap().count);
        }

        #[bench]
        fn rust_protobuf(b: &mut Bencher) {
            let corpus = corpus();
            let mut out = vec![0u64; corpus.values];
            b.iter(|| varints::decode_protobuf(black_box(&corpus.bytes), &mut out).unwrap().count);
        }
    }
}
