//! edgebench's measurement protocol (EdgebenchKit/Measure): check every case, calibrate
//! iterations to a target sample time (or take --iters), run untimed warm-up samples, then
//! rounds in which every case takes one sample, in an order shuffled afresh each round by a
//! seeded SplitMix64 Fisher-Yates; the median clock-read cost is taken off every sample.

use crate::cases::Case;
use crate::host::current_cpu;
use crate::task_clock::{Reading, TaskClock};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

/// The protocol's parameters.
pub struct Plan {
    pub samples: usize,
    pub warmup_samples: usize,
    /// None: calibrate.
    pub fixed_iterations: Option<usize>,
    pub target_ns: u64,
    pub seed: u64,
}

/// One timed sample.
pub struct Sample {
    pub round: usize,
    pub position: usize,
    pub iterations: usize,
    /// Clock overhead taken off.
    pub ns: u64,
    pub cpu_start: Option<usize>,
    pub cpu_end: Option<usize>,
    /// The sample's task-clock difference; None when not counted.
    pub task_clock: Option<Reading>,
}

/// Every sample's token lands here, so no decode can be dropped.
static SINK: AtomicU64 = AtomicU64::new(0);

/// Largest calibrated iteration count, as edgebench's.
const MAXIMUM_ITERATIONS: usize = 1_000_000;

/// Monotonic nanoseconds since `epoch` (CLOCK_MONOTONIC, as edgebench's CPerf).
fn now(epoch: Instant) -> u64 {
    epoch.elapsed().as_nanos() as u64
}

/// Measures `cases`; returns (iterations, samples) per case; failed checks get none.
pub fn measure(
    cases: &mut [Case],
    plan: &Plan,
    clock_cost: u64,
    task_clock: &mut TaskClock,
) -> Vec<(usize, Vec<Sample>)> {
    let epoch = Instant::now();
    let mut results: Vec<(usize, Vec<Sample>)> = cases.iter().map(|_| (0, Vec::new())).collect();
    let runnable: Vec<usize> = (0..cases.len()).filter(|&i| cases[i].check.failure.is_none()).collect();
    for &i in &runnable {
        let iterations = match plan.fixed_iterations {
            Some(n) => n,
            None => calibrate(&mut cases[i], plan.target_ns, epoch),
        };
        results[i].0 = iterations;
        for _ in 0..plan.warmup_samples {
            SINK.fetch_add(cases[i].run(iterations).0, Ordering::Relaxed);
        }
    }
    let mut order = SplitMix64 { state: plan.seed };
    for round in 0..plan.samples {
        for (position, pick) in order.shuffle(runnable.len()).into_iter().enumerate() {
            let index = runnable[pick];
            let iterations = results[index].0;
            let cpu_start = current_cpu();
            let before = task_clock.read();
            let start = now(epoch);
            let (token, _) = cases[index].run(iterations);
            let end = now(epoch);
            let after = task_clock.read();
            let cpu_end = current_cpu();
            SINK.fetch_add(token, Ordering::Relaxed);
            let ns = (end - start).saturating_sub(clock_cost);
            let task_clock = match (before, after) {
                (Some(b), Some(a)) => Some(Reading {
                    value: a.value - b.value,
                    enabled: a.enabled - b.enabled,
                    running: a.running - b.running,
                }),
                _ => None,
            };
            results[index].1.push(Sample { round, position, iterations, ns, cpu_start, cpu_end, task_clock });
        }
    }
    results
}

/// Iterations that make one sample last about `target_ns` (edgebench's rule).
fn calibrate(case: &mut Case, target_ns: u64, epoch: Instant) -> usize {
    let target = target_ns as f64;
    let mut iterations = 1usize;
    loop {
        let start = now(epoch);
        SINK.fetch_add(case.run(iterations).0, Ordering::Relaxed);
        let elapsed = (now(epoch) - start) as f64;
        if elapsed >= target || iterations >= MAXIMUM_ITERATIONS {
            return iterations;
        }
        let predicted =
            if elapsed > 0.0 { iterations as f64 * target / elapsed } else { iterations as f64 * 10.0 };
        if elapsed >= target / 4.0 {
            return (predicted.ceil() as usize).clamp(1, MAXIMUM_ITERATIONS);
        }
        iterations =
            (iterations * 2).max((iterations * 10).min(predicted as usize)).clamp(1, MAXIMUM_ITERATIONS);
    }
}

/// The median gap between two consecutive clock reads, over 31 tries.
pub fn clock_overhead() -> u64 {
    let epoch = Instant::now();
    let mut gaps: Vec<u64> = (0..31)
        .map(|_| {
            let first = now(epoch);
            now(epoch) - first
        })
        .collect();
    gaps.sort_unstable();
    gaps[15]
}

/// edgebench's generator: the same seed gives the same case order as Swift's and Go's.
pub struct SplitMix64 {
    pub state: u64,
}

impl SplitMix64 {
    pub fn next(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A value in 0..bound by multiply-shift.
    pub fn below(&mut self, bound: u64) -> u64 {
        ((self.next() as u128 * bound as u128) >> 64) as u64
    }

    /// One round's order of `count` cases (Fisher-Yates from the end).
    pub fn shuffle(&mut self, count: usize) -> Vec<usize> {
        let mut order: Vec<usize> = (0..count).collect();
        for i in (1..count).rev() {
            let j = self.below(i as u64 + 1) as usize;
            order.swap(i, j);
        }
        order
    }
}
