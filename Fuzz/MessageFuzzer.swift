// libFuzzer entry for the message decoders (see VarintFuzzer.swift for how it is built).
// The input is tried as one Telemetry message and as a length-delimited stream of them.

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
  return 0
}
