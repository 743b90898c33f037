//! edgebench's results schema (EdgebenchKit/Results/ResultRecord.swift): one JSON object per
//! case per line, with the same names, so `edgebench aggregate` reads the peers' files too.

use crate::cases::Case;
use crate::json::Json;
use crate::sampler::{Plan, Sample};
use crate::stats::Stats;
use crate::task_clock::TaskClock;

pub const SCHEMA_NAME: &str = "edgebench.result";
pub const SCHEMA_VERSION: i64 = 1;

/// edgebench's counter names; a peer opens none, so each is "off".
const COUNTER_EVENTS: [&str; 10] = [
    "cycles",
    "instructions",
    "branches",
    "branch-misses",
    "l1d-read-misses",
    "cache-misses",
    "task-clock",
    "context-switches",
    "cpu-migrations",
    "page-faults",
];

/// edgebench's derived counter metrics, all null without counters.
const DERIVED_METRICS: [&str; 8] = [
    "ipc",
    "cycles_per_value",
    "instructions_per_value",
    "branches_per_value",
    "branch_misses_per_1000_values",
    "l1d_read_misses_per_value",
    "cache_misses_per_value",
    "effective_ghz",
];

/// What every record of one invocation shares, already rendered.
pub struct RunShared {
    pub run: String,
    pub host: String,
    pub build: String,
    pub plan_fixed: bool,
    pub memory: String,
    pub task_clock: TaskClock,
}

/// The run object.
pub fn run_object(id: &str, started: u128, argv: &[String], plan: &Plan, clock_cost: u64) -> String {
    let mut json = Json::new();
    json.begin_object();
    json.strings(&[("id", Some(id))]);
    json.key("started_unix_ns");
    json.int(started);
    json.strings(&[("command", Some("decode"))]);
    json.key("argv");
    json.begin_array();
    for argument in argv {
        json.string(argument);
    }
    json.end_array();
    json.key("samples");
    json.int(plan.samples);
    json.key("warmup_samples");
    json.int(plan.warmup_samples);
    json.key("fixed_iterations");
    json.opt_int(plan.fixed_iterations);
    json.key("calibration_target_ns");
    json.int(plan.target_ns);
    json.strings(&[("order", Some("shuffled-per-round")), ("seed", Some(&plan.seed.to_string()))]);
    json.key("pinned_cpu");
    json.raw("null");
    json.key("clock_overhead_ns");
    json.int(clock_cost);
    json.end_object();
    json.text
}

/// ns/value of each sample.
pub fn per_value(samples: &[Sample], values: usize) -> Vec<f64> {
    samples.iter().map(|s| s.ns as f64 / (s.iterations as f64 * values.max(1) as f64)).collect()
}

/// One case's line, without the newline.
pub fn line(
    case: &Case,
    iterations: usize,
    samples: &[Sample],
    stats: Option<&Stats>,
    shared: &RunShared,
) -> String {
    let mut json = Json::new();
    json.begin_object();
    json.strings(&[("schema", Some(SCHEMA_NAME))]);
    json.key("schema_version");
    json.int(SCHEMA_VERSION);
    for (name, value) in [("run", &shared.run), ("host", &shared.host), ("build", &shared.build)] {
        json.key(name);
        json.raw(value);
    }
    json.key("case");
    write_case(&mut json, case);
    json.key("iterations");
    json.int(iterations);
    json.key("iterations_calibrated");
    json.raw(if shared.plan_fixed { "false" } else { "true" });
    json.key("samples");
    json.begin_array();
    for s in samples {
        json.begin_object();
        for (name, value) in [("round", s.round), ("position", s.position), ("iterations", s.iterations)] {
            json.key(name);
            json.int(value);
        }
        json.key("ns");
        json.int(s.ns);
        json.key("cpu_start");
        json.opt_int(s.cpu_start);
        json.key("cpu_end");
        json.opt_int(s.cpu_end);
        json.key("migrated");
        json.raw(if s.cpu_start != s.cpu_end { "true" } else { "false" });
        if let Some(t) = s.task_clock {
            // As edgebench writes it: the count less the read cost, and the raw group.
            json.key("counters");
            json.begin_object();
            json.key("task-clock");
            json.double((t.value - shared.task_clock.read_cost).max(0.0));
            json.end_object();
            json.key("groups");
            json.begin_array();
            json.begin_object();
            json.strings(&[("pmu", Some("software"))]);
            json.key("events");
            json.begin_array();
            json.string("task-clock");
            json.end_array();
            for (name, value) in [("enabled_ns", t.enabled), ("running_ns", t.running)] {
                json.key(name);
                json.int(value as u64);
            }
            json.key("raw");
            json.begin_array();
            json.int(t.value as u64);
            json.end_array();
            json.end_object();
            json.end_array();
        }
        json.end_object();
    }
    json.end_array();
    json.key("stats");
    write_stats(&mut json, stats, case.check.count);
    json.key("counters");
    json.begin_object();
    json.key("events");
    json.begin_object();
    for event in COUNTER_EVENTS {
        json.key(event);
        if event == "task-clock" {
            shared.task_clock.write_status(&mut json);
            continue;
        }
        json.begin_object();
        json.strings(&[("status", Some("off"))]);
        json.end_object();
    }
    json.end_object();
    json.key("summary");
    json.begin_object();
    json.key("derived");
    json.begin_object();
    for metric in DERIVED_METRICS {
        json.key(metric);
        json.raw("null");
    }
    json.end_object();
    json.key("min_running_ratio");
    json.raw("null");
    json.end_object();
    json.end_object();
    json.key("memory");
    json.raw(&shared.memory);
    json.end_object();
    json.text
}

fn write_case(json: &mut Json, case: &Case) {
    let corpus = case.corpus;
    json.begin_object();
    json.strings(&[
        ("name", Some(&case.name)),
        ("kind", Some("decode")),
        ("strategy", Some(case.strategy)),
        ("isa_path", Some("scalar")),
        ("corpus", Some(&corpus.name)),
        ("format", Some(&corpus.format)),
        ("source", Some("file")),
        ("path", Some(&corpus.path)),
        ("fnv1a64", Some(&format!("{:016x}", corpus.checksum))),
        ("value_sum", Some(&case.check.sum.to_string())),
        ("expected_value_sum", Some(&corpus.expected_sum.to_string())),
        ("expectation_source", Some("manifest")),
        ("output_fnv1a64", None),
        ("check", Some(if case.check.failure.is_none() { "ok" } else { "failed" })),
        ("check_failure", case.check.failure.as_deref()),
    ]);
    for (name, value) in [
        ("bytes", corpus.bytes.len()),
        ("values", case.check.count),
        ("expected_values", corpus.expected_count),
    ] {
        json.key(name);
        json.int(value);
    }
    json.key("output_bytes");
    json.raw("null");
    json.end_object();
}

fn write_stats(json: &mut Json, stats: Option<&Stats>, values: usize) {
    let s = match stats {
        Some(s) => s,
        None => return json.raw("null"),
    };
    json.begin_object();
    json.strings(&[("unit", Some("ns/value"))]);
    json.key("count");
    json.int(s.count);
    for (name, value) in [
        ("median", s.median),
        ("min", s.min),
        ("max", s.max),
        ("mean", s.mean),
        ("stddev", s.stddev),
        ("mad", s.mad),
        ("cv", s.cv),
        ("ns_per_op_median", s.median * values.max(1) as f64),
    ] {
        json.key(name);
        json.double(value);
    }
    json.key("ci95");
    json.begin_object();
    for (name, value) in [("low", s.low), ("high", s.high), ("level", s.level)] {
        json.key(name);
        json.double(value);
    }
    json.key("rank");
    json.int(s.rank);
    json.end_object();
    json.end_object();
}
