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
func mixedVarints(count: Int, seed: UInt64) -> [UInt8] {
  StrategyCrossCheck.mixedVarints(count: count, seed: seed)
}
