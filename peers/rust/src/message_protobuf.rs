//! Messages with rust-protobuf 2.27 (Debian's librust-protobuf-dev) and the code its
//! protoc-gen-rust generated from Proto/telemetry.proto (src/telemetry.rs).

use crate::decode_error::DecodeError;
use crate::digest;
use crate::telemetry::Telemetry;
use protobuf::CodedInputStream;

/// Decodes every length-delimited message with `CodedInputStream::read_message` (a new message
/// each time, as edgebench decodes into owned values) and sums the digests.
pub fn summarize_protobuf(input: &[u8]) -> Result<(usize, u64), DecodeError> {
    let mut stream = CodedInputStream::from_bytes(input);
    let (mut count, mut sum) = (0usize, 0u64);
    loop {
        let offset = stream.pos() as usize;
        match stream.eof() {
            Ok(true) => break,
            Ok(false) => {}
            Err(error) => return Err(DecodeError::new(&format!("protobuf: {}", error), offset)),
        }
        let message: Telemetry = match stream.read_message() {
            Ok(message) => message,
            Err(error) => return Err(DecodeError::new(&format!("protobuf: {}", error), offset)),
        };
        sum = sum.wrapping_add(digest_of(&message));
        count += 1;
    }
    Ok((count, sum))
}

/// Telemetry.digest over the generated type.
fn digest_of(m: &Telemetry) -> u64 {
    let mut sum = digest::fields(
        m.device_id,
        m.temperature_centi,
        m.timestamp_micros,
        m.sequence,
        m.latitude,
        m.drift_nanos,
        &m.label,
        &m.payload,
        &m.samples,
    );
    for r in m.readings.iter() {
        sum = sum.wrapping_add(digest::reading(r.sensor_id, r.value, r.flags, &r.deltas));
    }
    sum
}
