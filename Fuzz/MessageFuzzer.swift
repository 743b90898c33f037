// libFuzzer entry for the message decoders (see VarintFuzzer.swift for how it is built).
// The input is tried as one Telemetry message and as a length-delimited stream of them, and
// as one message through the record fast path with each strategy's varints.

/// Checks one fuzzer-made input against the decoders' properties; traps when one fails.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMessages(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = UnsafeRawBufferPointer(start: data, count: size)
  if let failure = DecoderConsistency.checkMessage(input) {
    fatalError("message property failed: \(failure)")
  }
  if let failure = DecoderConsistency.checkMessageStream(input) {
    fatalError("message stream property failed: \(failure)")
  }
  let owned = recordDigest { (reader) throws(DecodeError) in
    try TelemetryDecoder.decode(from: &reader).digest
  }
  for (name, view) in [
    ("loop-view", recordView(VarintDecoder.self)), ("word", recordView(WordVarintDecoder.self)),
    ("simd", recordView(SIMDVarintDecoder.self)),
  ] {
    // The in-order record decoder must give the owned decoder's digest or error, offset and
    // all, on any bytes (its general path included).
    if view(input) != owned(input) { fatalError("record view (\(name)) differs from owned") }
  }
  return 0
}

/// A message decode of a whole input, as a digest or the error it raised.
private func recordDigest(
  _ decode: @escaping (inout ByteReader) throws(DecodeError) -> UInt64
) -> (UnsafeRawBufferPointer) -> Result<UInt64, DecodeError> {
  { (input) in
    var reader = ByteReader(input)
    do throws(DecodeError) {
      return .success(try decode(&reader))
    } catch {
      return .failure(error)
    }
  }
}

/// The record fast path on `Varints` as a `recordDigest`.
private func recordView<Varints: VarintDecoding>(
  _ varints: Varints.Type
) -> (UnsafeRawBufferPointer) -> Result<UInt64, DecodeError> {
  recordDigest { (reader) throws(DecodeError) in
    try TelemetryView.decode(from: &reader, varints: varints).digest
  }
}
