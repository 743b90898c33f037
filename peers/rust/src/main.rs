//! edgebench-peer-rust decodes the corpus files that `edgebench corpus --write DIR` writes, with
//! a std-only loop and with rust-protobuf, and measures it by edgebench's protocol, writing
//! edgebench's results schema, so Rust's figures sit beside Swift's (and Go's) from the same
//! bytes on the same host.

mod cases;
mod corpus;
mod decode_error;
mod digest;
mod host;
mod json;
mod message_protobuf;
mod message_std;
mod opaque;
mod options;
mod record;
mod sampler;
mod sha256;
mod stats;
mod task_clock;
mod telemetry;
mod varints;

use std::fs;
use std::process::exit;
use std::time::{SystemTime, UNIX_EPOCH};

fn main() {
    let arguments: Vec<String> = std::env::args().collect();
    match arguments.get(1).map(String::as_str) {
        Some("list") => {
            for s in cases::STRATEGIES.iter() {
                println!("{:<14} varints={} messages={}", s.name, s.varints.is_some(), s.messages.is_some());
            }
        }
        Some("decode") => match options::parse(&arguments[2..]) {
            Ok(options) => exit(run(options, &arguments[1..])),
            Err(message) => {
                eprintln!("edgebench-peer-rust: {}\n{}", message, options::USAGE);
                exit(2)
            }
        },
        _ => {
            eprintln!("{}", options::USAGE);
            exit(2)
        }
    }
}

fn run(options: options::Options, argv: &[String]) -> i32 {
    let started = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    let corpora = match corpus::load(&options.corpus_dir, &options.corpora) {
        Ok(corpora) => corpora,
        Err(message) => {
            eprintln!("edgebench-peer-rust: {}", message);
            return 1;
        }
    };
    let mut host = json::Json::new();
    host::write_host(&mut host);
    let mut build = json::Json::new();
    host::write_build(&mut build);
    let mut cases = cases::make(&corpora, &options.strategies);
    let clock_cost = sampler::clock_overhead();
    let mut task_clock = task_clock::TaskClock::open();
    let measured = sampler::measure(&mut cases, &options.plan, clock_cost, &mut task_clock);
    let mut status = 0;
    for case in cases.iter().filter(|c| c.check.failure.is_some()) {
        eprintln!("edgebench-peer-rust: {}: {}", case.name, case.check.failure.as_deref().unwrap_or(""));
        status = 1;
    }
    let hostname = fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    let id = format!(
        "{:016x}",
        corpus::fnv1a64(format!("{}/{}/{}", started, process_id(), hostname.trim()).as_bytes())
    );
    let corpus_bytes: usize = corpora.iter().map(|c| c.bytes.len()).sum();
    let mut memory = json::Json::new();
    memory.begin_object();
    memory.key("peak_rss_kib");
    memory.opt_int(host::peak_rss_kib());
    memory.key("corpus_bytes");
    memory.int(corpus_bytes);
    memory.key("buffer_bytes");
    memory.int(cases.iter().map(|c| c.buffer_bytes()).sum::<usize>());
    memory.end_object();
    let shared = record::RunShared {
        run: record::run_object(&id, started, argv, &options.plan, clock_cost),
        host: host.text,
        build: build.text,
        plan_fixed: options.plan.fixed_iterations.is_some(),
        memory: memory.text,
        task_clock,
    };
    let mut lines = String::new();
    let mut table = format!("{:<34} {:>9} {:>10} {:>21}  check\n", "case", "values", "ns/value", "95% CI");
    for (case, (iterations, samples)) in cases.iter().zip(measured.iter()) {
        let summary = stats::summarize(&record::per_value(samples, case.check.count));
        lines += &record::line(case, *iterations, samples, summary.as_ref(), &shared);
        lines.push('\n');
        let (median, interval) = match (&case.check.failure, &summary) {
            (None, Some(s)) => (format!("{:.3}", s.median), format!("{:.3}...{:.3}", s.low, s.high)),
            _ => ("-".to_string(), "-".to_string()),
        };
        let check = if case.check.failure.is_none() { "ok" } else { "FAILED" };
        table += &format!(
            "{:<34} {:>9} {:>10} {:>21}  {}\n",
            case.name, case.check.count, median, interval, check
        );
    }
    if options.json && options.output.is_none() {
        print!("{}", lines);
        return status;
    }
    print!("{}", table);
    if let Some(path) = options.output {
        // Write beside the target and rename, so no reader ever sees a partial results file.
        let temporary = format!("{}.tmp-{}", path, process_id());
        if let Err(error) = fs::write(&temporary, &lines).and_then(|_| fs::rename(&temporary, &path)) {
            let _ = fs::remove_file(&temporary);
            eprintln!("edgebench-peer-rust: cannot write {}: {}", path, error);
            return 1;
        }
    }
    status
}

/// This process's id; WASI has none (Rust 1.63's std panics there), so the WebAssembly build
/// says 0 and its temporary file names differ by the start time only.
fn process_id() -> u32 {
    #[cfg(target_os = "wasi")]
    return 0;
    #[cfg(not(target_os = "wasi"))]
    return std::process::id();
}
