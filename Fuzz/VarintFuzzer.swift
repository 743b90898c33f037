// libFuzzer entry for the varint decoders. Built with CodecCore's sources in one module by
// Fuzz/run.sh (`swiftc -sanitize=fuzzer,address`); a failed property traps, which libFuzzer
// records as a crash input. Crash inputs go to Fuzz/Regressions/varint and are replayed by the
// unit tests.

/// Checks one fuzzer-made input against the decoders' properties; traps when one fails.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzVarints(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = UnsafeRawBufferPointer(start: data, count: size)
  if let failure = DecoderConsistency.checkVarints(input) {
    fatalError("varint property failed: \(failure)")
  }
  return 0
}
