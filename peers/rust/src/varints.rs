//! Bulk varint decoders: every varint of a buffer into an output slice.

use crate::decode_error::{varint_failure, DecodeError};
use protobuf::CodedInputStream;

/// What a bulk decode did: values written and the bytes they took.
pub struct Bulk {
    pub count: usize,
    pub consumed: usize,
}

/// The varint at `offset` with the std-only reference loop: one byte at a time, exactly as
/// protobuf specifies and as edgebench's `loop` strategy decodes.
#[inline]
pub fn varint_at(input: &[u8], offset: usize) -> Result<(u64, usize), DecodeError> {
    let mut result: u64 = 0;
    let mut shift = 0u32;
    let mut index = offset;
    while index < input.len() {
        let byte = input[index];
        if shift == 63 {
            // The 10th byte may contribute one bit only, and must end the varint.
            if byte > 1 {
                return Err(varint_failure(input, offset));
            }
            return Ok((result | (byte as u64) << 63, 10));
        }
        result |= ((byte & 0x7F) as u64) << shift;
        index += 1;
        if byte < 0x80 {
            return Ok((result, index - offset));
        }
        shift += 7;
    }
    Err(DecodeError::new("truncated", offset))
}

/// Decodes every varint of `input` into `out` with the std-only loop, stopping when either
/// runs out.
pub fn decode_std(input: &[u8], out: &mut [u64]) -> Result<Bulk, DecodeError> {
    let (mut offset, mut count) = (0, 0);
    while offset < input.len() && count < out.len() {
        let (value, length) = varint_at(input, offset)?;
        out[count] = value;
        count += 1;
        offset += length;
    }
    Ok(Bulk { count, consumed: offset })
}

/// The same with rust-protobuf's `CodedInputStream::read_raw_varint64`, the reader its
/// generated code uses. Note: rust-protobuf 2.27 accepts a 10th byte above 1 (dropping the
/// extra bits) where edgebench reports varint-overflow.
pub fn decode_protobuf(input: &[u8], out: &mut [u64]) -> Result<Bulk, DecodeError> {
    let mut stream = CodedInputStream::from_bytes(input);
    let mut count = 0;
    while count < out.len() {
        let offset = stream.pos() as usize;
        match stream.eof() {
            Ok(true) => break,
            Ok(false) => {}
            Err(_) => return Err(varint_failure(input, offset)),
        }
        match stream.read_raw_varint64() {
            Ok(value) => out[count] = value,
            Err(_) => return Err(varint_failure(input, offset)),
        }
        count += 1;
    }
    Ok(Bulk { count, consumed: stream.pos() as usize })
}
