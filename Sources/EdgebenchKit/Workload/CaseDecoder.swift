import CodecCore

/// What decodes a case: a decode strategy, or the record fast path on the reference varint
/// loop (`loop-view`, messages only), so message figures separate what the view saves from
/// what faster varints save.
public enum CaseDecoder: SelectableByName, Equatable, Sendable {
  /// A decode strategy, as CodecCore names it.
  case strategy(DecodeStrategy)
  /// `TelemetryView` on `VarintDecoder`: messages only.
  case viewOnLoop

  /// Every strategy, then `loop-view`.
  public static var allCases: [CaseDecoder] {
    DecodeStrategy.allCases.map { .strategy($0) } + [.viewOnLoop]
  }

  /// The name users type and results record.
  public var name: String {
    switch self {
    case .strategy(let strategy): return strategy.name
    case .viewOnLoop: return "loop-view"
    }
  }

  /// Where it should win, and why, in one line.
  public var summary: String {
    switch self {
    case .strategy(let strategy): return strategy.summary
    case .viewOnLoop:
      return "messages only: the record fast path on loop's varints (what the view alone saves)"
    }
  }

  /// The instruction path it runs on this machine (`DecodeStrategy.isaPath`).
  public var isaPath: String {
    switch self {
    case .strategy(let strategy): return strategy.isaPath
    case .viewOnLoop: return DecodeStrategy.loop.isaPath
    }
  }

  /// Whether it decodes inputs of `format` (`loop-view` decodes messages only).
  public func decodes(_ format: InputFormat) -> Bool {
    self != .viewOnLoop || format == .messages
  }

  /// Decodes every varint of `input` into `output` and tallies them (`loop-view` as `loop`).
  func tallyVarints(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>
  ) throws(DecodeError) -> DecodeTally {
    try varintStrategy.tallyVarints(input, into: output)
  }

  /// Decodes a message stream and tallies it.
  func tallyMessages(_ input: UnsafeRawBufferPointer) throws(DecodeError) -> DecodeTally {
    switch self {
    case .strategy(let strategy): return try strategy.tallyMessages(input)
    case .viewOnLoop:
      let summary = try TelemetryView.summarize(input, varintsOf: .loop)
      return DecodeTally(
        count: summary.messageCount, sum: summary.digestSum, bytesConsumed: input.count)
    }
  }

  /// The strategy that decodes its varints.
  var varintStrategy: DecodeStrategy {
    switch self {
    case .strategy(let strategy): return strategy
    case .viewOnLoop: return .loop
    }
  }

  /// A `--strategy` value: `all`, or names separated by commas.
  static func list(_ text: String, flag: String) throws(UsageError) -> [CaseDecoder] {
    if text == "all" { return allCases }
    var decoders: [CaseDecoder] = []
    for name in text.split(separator: ",").map({ String($0) }) {
      guard let decoder = CaseDecoder(name: name) else {
        throw .invalidValue(
          flag: flag, value: name, reason: "no such strategy; see 'edgebench list'")
      }
      decoders.append(decoder)
    }
    guard !decoders.isEmpty else { throw .invalidValue(flag: flag, value: text, reason: "empty") }
    return decoders
  }
}
