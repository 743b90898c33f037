import Testing

@testable import CodecCore

typealias BulkOutcome = StrategyCrossCheck.Outcome
typealias BulkDecoderUnderTest = StrategyCrossCheck.Variant

extension StrategyCrossCheck.Outcome: CustomStringConvertible {
  /// One line for test failure messages.
  public var description: String {
    switch self {
    case .decoded(let values, let result):
      return
        "decoded \(result.valueCount) values, \(result.bytesConsumed) bytes, last \(values.last ?? 0)"
    case .failed(let error): return "failed: \(error)"
    }
  }
}

extension StrategyCrossCheck.Variant: CustomStringConvertible {
  /// The variant's name, for test failure messages.
  public var description: String { name }
}

/// Varint bytes drawn from a mix of lengths, seeded.
func mixedVarints(count: Int, seed: UInt64, run: Int = 1) -> [UInt8] {
  StrategyCrossCheck.mixedVarints(count: count, seed: seed, run: run)
}

/// Expects every decoder to produce what `loop` produces on `bytes[0..<length]` with room for
/// `capacity` values; `context` says which input failed.
func expectEveryDecoderAgrees(
  _ bytes: [UInt8], length: Int? = nil, capacity: Int? = nil, _ context: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let reference = BulkDecoderUnderTest.loop.outcome(bytes, length: length, capacity: capacity)
  for decoder in BulkDecoderUnderTest.allCases {
    #expect(
      decoder.outcome(bytes, length: length, capacity: capacity) == reference,
      "\(decoder), \(context)", sourceLocation: sourceLocation)
  }
}
