//! Where in a corpus decoding failed and why.

use std::fmt;

/// A decode failure in edgebench's words, with the corpus byte offset it happened at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// "truncated", "varint-too-long", "varint-overflow", "invalid-tag", "invalid-utf8", ...
    pub kind: String,
    /// Byte offset in the corpus file.
    pub offset: usize,
}

impl DecodeError {
    /// An error of `kind` at `offset`.
    pub fn new(kind: &str, offset: usize) -> DecodeError {
        DecodeError { kind: kind.to_string(), offset }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} at byte offset {}", self.kind, self.offset)
    }
}

/// Classifies a varint a decoder rejected at `offset`, with edgebench's precedence: running out
/// of bytes is "truncated"; a 10th byte with its continuation bit set is "varint-too-long"; a
/// 10th byte above 1 is "varint-overflow".
pub fn varint_failure(input: &[u8], offset: usize) -> DecodeError {
    let end = offset + 9;
    if end >= input.len() {
        return DecodeError::new("truncated", offset);
    }
    if input[offset..end].iter().any(|&b| b < 0x80) {
        return DecodeError::new("decoder-rejected-valid-varint", offset);
    }
    if input[end] & 0x80 != 0 {
        DecodeError::new("varint-too-long", offset)
    } else {
        DecodeError::new("varint-overflow", offset)
    }
}
