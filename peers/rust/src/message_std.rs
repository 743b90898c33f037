//! The std-only message decoder: edgebench.Telemetry (Proto/telemetry.proto) into owned Rust
//! values, accepting any valid encoding as CodecCore's decoder does — fields in any order,
//! unknown fields skipped, repeated scalars packed or not, the last singular value winning.

use crate::decode_error::DecodeError;
use crate::digest;
use crate::varints::varint_at;

/// edgebench.Reading.
#[derive(Default)]
pub struct Reading {
    pub sensor_id: u32,
    pub value: i32,
    pub flags: u32,
    pub deltas: Vec<i32>,
}

/// edgebench.Telemetry.
#[derive(Default)]
pub struct Telemetry {
    pub device_id: u32,
    pub temperature_centi: i32,
    pub timestamp_micros: u64,
    pub sequence: u32,
    pub latitude: f64,
    pub drift_nanos: i64,
    pub label: String,
    pub payload: Vec<u8>,
    pub samples: Vec<u32>,
    pub readings: Vec<Reading>,
}

impl Telemetry {
    /// The message's digest.
    pub fn digest(&self) -> u64 {
        let mut sum = digest::fields(
            self.device_id,
            self.temperature_centi,
            self.timestamp_micros,
            self.sequence,
            self.latitude,
            self.drift_nanos,
            &self.label,
            &self.payload,
            &self.samples,
        );
        for r in &self.readings {
            sum = sum.wrapping_add(digest::reading(r.sensor_id, r.value, r.flags, &r.deltas));
        }
        sum
    }
}

/// A cursor over the bytes `start..end` of the corpus, so errors carry corpus offsets.
pub struct Wire<'a> {
    pub input: &'a [u8],
    pub at: usize,
    pub end: usize,
}

impl<'a> Wire<'a> {
    pub fn more(&self) -> bool {
        self.at < self.end
    }

    pub fn varint(&mut self) -> Result<u64, DecodeError> {
        let (value, length) = varint_at(&self.input[..self.end], self.at)?;
        self.at += length;
        Ok(value)
    }

    fn fixed<const N: usize>(&mut self) -> Result<[u8; N], DecodeError> {
        if self.end - self.at < N {
            return Err(DecodeError::new("truncated", self.at));
        }
        let mut bytes = [0u8; N];
        bytes.copy_from_slice(&self.input[self.at..self.at + N]);
        self.at += N;
        Ok(bytes)
    }

    /// A length-delimited field's contents as a cursor of their own.
    pub fn delimited(&mut self) -> Result<Wire<'a>, DecodeError> {
        let start = self.at;
        let length = self.varint()?;
        if length > (self.end - self.at) as u64 {
            return Err(DecodeError::new("truncated", start));
        }
        let inner = Wire { input: self.input, at: self.at, end: self.at + length as usize };
        self.at = inner.end;
        Ok(inner)
    }

    fn bytes(&self) -> &'a [u8] {
        &self.input[self.at..self.end]
    }

    /// Skips one field's value of wire type `wire` (groups are rejected, as proto3 has none).
    fn skip(&mut self, wire: u64, tag_offset: usize) -> Result<(), DecodeError> {
        match wire {
            0 => self.varint().map(|_| ()),
            1 => self.fixed::<8>().map(|_| ()),
            2 => self.delimited().map(|_| ()),
            5 => self.fixed::<4>().map(|_| ()),
            _ => Err(DecodeError::new("invalid-wire-type", tag_offset)),
        }
    }

    /// The next tag as (field number, wire type), rejecting field number 0.
    fn tag(&mut self) -> Result<(u64, u64, usize), DecodeError> {
        let offset = self.at;
        let tag = self.varint()?;
        if tag >> 3 == 0 || tag > u32::MAX as u64 {
            return Err(DecodeError::new("invalid-tag", offset));
        }
        Ok((tag >> 3, tag & 7, offset))
    }
}

fn zigzag_decode32(v: u64) -> i32 {
    let v = v as u32;
    ((v >> 1) as i32) ^ -((v & 1) as i32)
}

fn zigzag_decode64(v: u64) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}

/// Decodes one Telemetry from all of `wire`.
pub fn decode_telemetry(mut wire: Wire) -> Result<Telemetry, DecodeError> {
    let mut m = Telemetry::default();
    while wire.more() {
        let (field, kind, tag_offset) = wire.tag()?;
        match (field, kind) {
            (1, 0) => m.device_id = wire.varint()? as u32,
            (2, 0) => m.temperature_centi = zigzag_decode32(wire.varint()?),
            (3, 0) => m.timestamp_micros = wire.varint()?,
            (4, 5) => m.sequence = u32::from_le_bytes(wire.fixed::<4>()?),
            (5, 1) => m.latitude = f64::from_le_bytes(wire.fixed::<8>()?),
            (6, 0) => m.drift_nanos = zigzag_decode64(wire.varint()?),
            (7, 2) => {
                let text = wire.delimited()?;
                m.label = match std::str::from_utf8(text.bytes()) {
                    Ok(label) => label.to_owned(),
                    Err(_) => return Err(DecodeError::new("invalid-utf8", text.at)),
                };
            }
            (8, 2) => m.payload = wire.delimited()?.bytes().to_vec(),
            (9, 0) => m.samples.push(wire.varint()? as u32),
            (9, 2) => {
                let mut packed = wire.delimited()?;
                while packed.more() {
                    m.samples.push(packed.varint()? as u32);
                }
            }
            (10, 2) => m.readings.push(decode_reading(wire.delimited()?)?),
            _ => wire.skip(kind, tag_offset)?,
        }
    }
    Ok(m)
}

/// Decodes one Reading from all of `wire`.
fn decode_reading(mut wire: Wire) -> Result<Reading, DecodeError> {
    let mut r = Reading::default();
    while wire.more() {
        let (field, kind, tag_offset) = wire.tag()?;
        match (field, kind) {
            (1, 0) => r.sensor_id = wire.varint()? as u32,
            (2, 0) => r.value = zigzag_decode32(wire.varint()?),
            (3, 5) => r.flags = u32::from_le_bytes(wire.fixed::<4>()?),
            (4, 0) => r.deltas.push(zigzag_decode32(wire.varint()?)),
            (4, 2) => {
                let mut packed = wire.delimited()?;
                while packed.more() {
                    r.deltas.push(zigzag_decode32(packed.varint()?));
                }
            }
            _ => wire.skip(kind, tag_offset)?,
        }
    }
    Ok(r)
}

/// Decodes every length-delimited message of `input` (protobuf's writeDelimitedTo framing) and
/// returns their count and the wrapping sum of their digests.
pub fn summarize_std(input: &[u8]) -> Result<(usize, u64), DecodeError> {
    let mut stream = Wire { input, at: 0, end: input.len() };
    let (mut count, mut sum) = (0usize, 0u64);
    while stream.more() {
        let message = decode_telemetry(stream.delimited()?)?;
        sum = sum.wrapping_add(message.digest());
        count += 1;
    }
    Ok((count, sum))
}
