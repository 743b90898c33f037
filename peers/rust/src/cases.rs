//! The strategies this peer runs and the cases they make with the corpora.

use crate::corpus::Corpus;
use crate::decode_error::DecodeError;
use crate::message_protobuf::summarize_protobuf;
use crate::message_std::summarize_std;
use crate::opaque::opaque;
use crate::varints::{decode_protobuf, decode_std, Bulk};

type VarintFn = fn(&[u8], &mut [u64]) -> Result<Bulk, DecodeError>;
type MessageFn = fn(&[u8]) -> Result<(usize, u64), DecodeError>;

/// One way this peer decodes; None means it does not handle that format.
pub struct Strategy {
    pub name: &'static str,
    pub varints: Option<VarintFn>,
    pub messages: Option<MessageFn>,
}

/// The Rust peer's decoders, named as results record them.
pub const STRATEGIES: [Strategy; 2] = [
    Strategy { name: "rust-std", varints: Some(decode_std), messages: Some(summarize_std) },
    Strategy { name: "rust-protobuf", varints: Some(decode_protobuf), messages: Some(summarize_protobuf) },
];

/// What a case produced before timing; `failure` is None when it matched the manifest.
pub struct Check {
    pub count: usize,
    pub sum: u64,
    pub failure: Option<String>,
}

enum Work {
    Varints(VarintFn, Vec<u64>),
    Messages(MessageFn),
}

/// One thing to time: edgebench's "decode/CORPUS/STRATEGY".
pub struct Case<'a> {
    pub name: String,
    pub strategy: &'static str,
    pub corpus: &'a Corpus,
    pub check: Check,
    work: Work,
}

impl<'a> Case<'a> {
    /// Bytes of the decoded-value buffer this case holds.
    pub fn buffer_bytes(&self) -> usize {
        match &self.work {
            Work::Varints(_, out) => out.len() * 8,
            Work::Messages(_) => 0,
        }
    }

    /// Runs `iterations` decodes; returns a token folding every result (so no decode can be
    /// optimized away) and false if any decode failed.
    pub fn run(&mut self, iterations: usize) -> (u64, bool) {
        let mut token = 0u64;
        let mut ok = true;
        for _ in 0..iterations {
            let input = opaque(&self.corpus.bytes[..]);
            match &mut self.work {
                Work::Varints(decode, out) => match decode(input, out) {
                    Ok(bulk) if bulk.count > 0 => {
                        token = token.wrapping_add(bulk.count as u64).wrapping_add(out[bulk.count - 1])
                    }
                    _ => ok = false,
                },
                Work::Messages(summarize) => match summarize(input) {
                    Ok((count, sum)) => token = token.wrapping_add(count as u64).wrapping_add(sum),
                    Err(_) => ok = false,
                },
            }
        }
        (opaque(token), ok)
    }
}

/// Pairs every corpus with every strategy that handles its format, checking each once.
pub fn make<'a>(corpora: &'a [Corpus], strategies: &[&'static Strategy]) -> Vec<Case<'a>> {
    let mut cases = Vec::new();
    for corpus in corpora {
        for strategy in strategies {
            let (work, check) = match (corpus.format.as_str(), strategy.varints, strategy.messages) {
                ("varints", Some(decode), _) => {
                    // A varint takes at least one byte, so bytes.len() values always suffice.
                    let mut out = vec![0u64; corpus.bytes.len() + 1];
                    let check = check_varints(decode(&corpus.bytes, &mut out), &out, corpus.bytes.len());
                    (Work::Varints(decode, out), check)
                }
                ("messages", _, Some(summarize)) => {
                    let check = match summarize(&corpus.bytes) {
                        Ok((count, sum)) => Check { count, sum, failure: None },
                        Err(e) => Check { count: 0, sum: 0, failure: Some(format!("decode failed: {}", e)) },
                    };
                    (Work::Messages(summarize), check)
                }
                _ => continue,
            };
            cases.push(Case {
                name: format!("decode/{}/{}", corpus.name, strategy.name),
                strategy: strategy.name,
                corpus,
                check: against_manifest(check, corpus),
                work,
            });
        }
    }
    cases
}

fn check_varints(result: Result<Bulk, DecodeError>, out: &[u64], length: usize) -> Check {
    match result {
        Err(e) => Check { count: 0, sum: 0, failure: Some(format!("decode failed: {}", e)) },
        Ok(bulk) => {
            let sum = out[..bulk.count].iter().fold(0u64, |s, &v| s.wrapping_add(v));
            let failure = (bulk.consumed != length)
                .then(|| format!("stopped after {} of {} bytes", bulk.consumed, length));
            Check { count: bulk.count, sum, failure }
        }
    }
}

fn against_manifest(mut check: Check, corpus: &Corpus) -> Check {
    if check.failure.is_none() && (check.count != corpus.expected_count || check.sum != corpus.expected_sum) {
        check.failure = Some(format!(
            "decoded {} values summing to {}; expected {} summing to {}",
            check.count, check.sum, corpus.expected_count, corpus.expected_sum
        ));
    }
    check
}
