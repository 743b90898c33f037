//! Telemetry.digest from Sources/CodecCore/Corpus/MessageCorpus.swift: a wrapping sum over every
//! field, so edgebench and the peers prove they decoded the same messages.

/// ZigZag of a sint32 as the unsigned value the wire carries.
pub fn zigzag32(v: i32) -> u64 {
    ((v << 1) ^ (v >> 31)) as u32 as u64
}

/// ZigZag of a sint64.
pub fn zigzag64(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

/// The message's own fields' share of the digest.
#[allow(clippy::too_many_arguments)]
pub fn fields(
    device_id: u32,
    temperature: i32,
    timestamp: u64,
    sequence: u32,
    latitude: f64,
    drift: i64,
    label: &str,
    payload: &[u8],
    samples: &[u32],
) -> u64 {
    let mut sum = (device_id as u64).wrapping_add(zigzag32(temperature)).wrapping_add(timestamp);
    sum = sum.wrapping_add(sequence as u64).wrapping_add(latitude.to_bits()).wrapping_add(zigzag64(drift));
    for &b in label.as_bytes() {
        sum = sum.wrapping_add(b as u64);
    }
    for &b in payload {
        sum = sum.wrapping_add(b as u64);
    }
    for &s in samples {
        sum = sum.wrapping_add(s as u64);
    }
    sum
}

/// One reading's share of the digest.
pub fn reading(sensor_id: u32, value: i32, flags: u32, deltas: &[i32]) -> u64 {
    let mut sum = (sensor_id as u64).wrapping_add(zigzag32(value)).wrapping_add(flags as u64);
    for &d in deltas {
        sum = sum.wrapping_add(zigzag32(d));
    }
    sum
}
