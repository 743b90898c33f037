//! edgebench's SampleStatistics: the median leads, with a distribution-free 95% confidence
//! interval from order statistics (MedianConfidence.swift).

/// Summary of one case's ns/value samples.
pub struct Stats {
    pub count: usize,
    pub median: f64,
    pub min: f64,
    pub max: f64,
    pub mean: f64,
    pub stddev: f64,
    pub mad: f64,
    pub cv: f64,
    pub low: f64,
    pub high: f64,
    pub level: f64,
    pub rank: usize,
}

fn median_sorted(sorted: &[f64]) -> f64 {
    let n = sorted.len();
    match n {
        0 => 0.0,
        _ if n % 2 == 1 => sorted[n / 2],
        _ => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    }
}

/// Summarizes `samples`; None when there are none.
pub fn summarize(samples: &[f64]) -> Option<Stats> {
    if samples.is_empty() {
        return None;
    }
    let mut sorted = samples.to_vec();
    sorted.sort_by(|a, b| a.total_cmp(b));
    let n = sorted.len();
    let median = median_sorted(&sorted);
    let mean = sorted.iter().sum::<f64>() / n as f64;
    let stddev = if n > 1 {
        (sorted.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / (n - 1) as f64).sqrt()
    } else {
        0.0
    };
    let mut deviations: Vec<f64> = sorted.iter().map(|v| (v - median).abs()).collect();
    deviations.sort_by(|a, b| a.total_cmp(b));
    let (rank, level) = median_rank(n, 0.95);
    Some(Stats {
        count: n,
        median,
        min: sorted[0],
        max: sorted[n - 1],
        mean,
        stddev,
        mad: median_sorted(&deviations),
        cv: if mean == 0.0 { 0.0 } else { stddev / mean },
        low: sorted[rank - 1],
        high: sorted[n - rank],
        level,
        rank,
    })
}

/// The largest rank j with P(j <= B <= n-j) >= target for B ~ Binomial(n, 1/2), and that
/// coverage; (1, coverage of [min, max]) when none reaches it.
fn median_rank(n: usize, target: f64) -> (usize, f64) {
    if n <= 1 {
        return (1, 0.0);
    }
    let mut pmf = vec![0.0f64; n + 1];
    pmf[0] = 0.5f64.powi(n as i32);
    for k in 0..n {
        pmf[k + 1] = pmf[k] * (n - k) as f64 / (k + 1) as f64;
    }
    let mut best = (1, 0.0);
    let mut rank = 1;
    while rank <= n - rank + 1 {
        let coverage: f64 = if rank <= n - rank { pmf[rank..=n - rank].iter().sum() } else { 0.0 };
        if rank == 1 {
            best = (1, coverage);
        }
        if coverage < target {
            break;
        }
        best = (rank, coverage);
        rank += 1;
    }
    best
}
