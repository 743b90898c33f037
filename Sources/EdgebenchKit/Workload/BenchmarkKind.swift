/// What a case times.
public enum BenchmarkKind: String, CaseIterable, Sendable {
  /// Decode the corpus bytes with a strategy.
  case decode
  /// Encode the corpus values (or messages) back into bytes with the reference writer.
  case encode
  /// Encode, then decode with a strategy.
  case roundtrip

  /// The name used in case names and Go benchmark names ("Decode").
  public var title: String {
    switch self {
    case .decode: return "Decode"
    case .encode: return "Encode"
    case .roundtrip: return "Roundtrip"
    }
  }
}

/// What a case produced when it was checked, before timing: the values and their wrapping
/// sum (so any other program can confirm it decoded the same thing), and for encoders the
/// bytes written.
public struct CaseCheck: Sendable {
  /// Values (varints, or messages) the case produced per iteration.
  public let values: Int
  /// Their wrapping UInt64 sum (message digests for messages).
  public let valueSum: UInt64
  /// Bytes an encoder wrote per iteration.
  public let outputBytes: Int?
  /// FNV-1a 64 of those bytes.
  public let outputChecksum: UInt64?
  /// Why the check failed; nil when it passed.
  public let failure: String?

  /// True when the case produced what the corpus holds.
  public var passed: Bool { failure == nil }
}
