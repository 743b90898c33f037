//! The flags of `decode`; names and ranges follow edgebench's.

use crate::cases::{Strategy, STRATEGIES};
use crate::sampler::Plan;
use std::time::{SystemTime, UNIX_EPOCH};

pub const USAGE: &str = "usage: edgebench-peer-rust decode --corpus-dir DIR [flags]
       edgebench-peer-rust list
  decode the files of 'edgebench corpus --write DIR' by edgebench's protocol
  --corpus-dir DIR    where MANIFEST.tsv and the <name>.bin files are (required)
  --corpus NAMES      comma-separated corpus names, or 'all' (default)
  --strategy NAMES    comma-separated strategies, or 'all' (default); see 'list'
  --iters N           iterations per sample (1...1000000; default: calibrated to 10 ms)
  --samples K         timed samples per case (1...1000, default 10)
  --warmup N          untimed samples per case before timing (0...100, default 1)
  --seed N            seed of the per-round case order (default: from the clock)
  --format F          table (default) or json (edgebench's JSON Lines)
  --output FILE       write JSON Lines to FILE atomically (a table still goes to stdout)";

/// Parsed flags.
pub struct Options {
    pub corpus_dir: String,
    /// Empty: every corpus in the manifest.
    pub corpora: Vec<String>,
    pub strategies: Vec<&'static Strategy>,
    pub plan: Plan,
    pub json: bool,
    pub output: Option<String>,
}

fn integer(flag: &str, text: &str, low: usize, high: usize) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(value) if (low..=high).contains(&value) => Ok(value),
        _ => Err(format!("{} must be a whole number in {}...{}, not '{}'", flag, low, high, text)),
    }
}

fn strategies(text: &str) -> Result<Vec<&'static Strategy>, String> {
    if text == "all" {
        return Ok(STRATEGIES.iter().collect());
    }
    text.split(',')
        .map(|name| {
            STRATEGIES
                .iter()
                .find(|s| s.name == name)
                .ok_or_else(|| format!("no strategy '{}'; see 'edgebench-peer-rust list'", name))
        })
        .collect()
}

/// Reads the flags after `decode`, in "--flag value" or "--flag=value" form.
pub fn parse(arguments: &[String]) -> Result<Options, String> {
    let clock = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0);
    let mut options = Options {
        corpus_dir: String::new(),
        corpora: Vec::new(),
        strategies: STRATEGIES.iter().collect(),
        plan: Plan {
            samples: 10,
            warmup_samples: 1,
            fixed_iterations: None,
            target_ns: 10_000_000,
            seed: clock,
        },
        json: false,
        output: None,
    };
    let mut index = 0;
    while index < arguments.len() {
        let argument = &arguments[index];
        let (flag, value) = match argument.split_once('=') {
            Some((flag, value)) => (flag.to_string(), value.to_string()),
            None => {
                index += 1;
                let value = arguments.get(index).ok_or_else(|| format!("{} needs a value", argument))?;
                (argument.clone(), value.clone())
            }
        };
        index += 1;
        match flag.as_str() {
            "--corpus-dir" => options.corpus_dir = value,
            "--corpus" if value == "all" => options.corpora.clear(),
            "--corpus" => options.corpora = value.split(',').map(String::from).collect(),
            "--strategy" => options.strategies = strategies(&value)?,
            "--iters" => options.plan.fixed_iterations = Some(integer(&flag, &value, 1, 1_000_000)?),
            "--samples" => options.plan.samples = integer(&flag, &value, 1, 1000)?,
            "--warmup" => options.plan.warmup_samples = integer(&flag, &value, 0, 100)?,
            "--seed" => {
                options.plan.seed =
                    value.parse().map_err(|_| format!("--seed: not a whole number: '{}'", value))?
            }
            "--format" if value == "table" || value == "json" => options.json = value == "json",
            "--format" => return Err(format!("--format must be table or json, not '{}'", value)),
            "--output" => options.output = Some(value),
            _ => return Err(format!("unknown flag '{}'", flag)),
        }
    }
    if options.corpus_dir.is_empty() {
        return Err("--corpus-dir is required".into());
    }
    Ok(options)
}
