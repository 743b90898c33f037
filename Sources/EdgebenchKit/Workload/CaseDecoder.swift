import CodecCore

/// What decodes a case: a decode strategy on the path the dispatcher picks, a strategy on a
/// path forced by name (`word@bmi2`, varints only), or the record fast path on the reference
/// varint loop (`loop-view`, messages only), so message figures separate what the view saves
/// from what faster varints save.
public enum CaseDecoder: SelectableByName, Equatable, Sendable {
  /// A decode strategy, as CodecCore names it, on its dispatched path.
  case strategy(DecodeStrategy)
  /// A strategy on one of the paths this CPU supports, chosen by name.
  case forced(DecodeStrategy, InstructionPath)
  /// `TelemetryView` on `VarintDecoder`: messages only.
  case viewOnLoop

  /// Every strategy, then `loop-view`: what `--strategy all` runs.
  public static var allCases: [CaseDecoder] {
    DecodeStrategy.allCases.map { .strategy($0) } + [.viewOnLoop]
  }

  /// Every strategy on every path this CPU supports, then `loop-view`: `--strategy all-paths`.
  /// A strategy with one path (`loop`) keeps its plain name, as there is nothing to force.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  public static var everyPath: [CaseDecoder] {
    DecodeStrategy.allCases.flatMap { strategy in
      strategy.paths.count == 1
        ? [.strategy(strategy)] : strategy.supportedPaths.map { .forced(strategy, $0) }
    } + [.viewOnLoop]
  }

  /// The name users type and results record: "word", "word@bmi2", "loop-view".
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  public var name: String {
    switch self {
    case .strategy(let strategy): return strategy.name
    case .forced(let strategy, let path): return strategy.name + "@" + path.name
    case .viewOnLoop: return "loop-view"
    }
  }

  /// Where it should win, and why, in one line.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  public var summary: String {
    switch self {
    case .strategy(let strategy): return strategy.summary
    case .forced(let strategy, _): return strategy.summary
    case .viewOnLoop:
      return "messages only: the record fast path on loop's varints (what the view alone saves)"
    }
  }

  /// The instruction path it runs on this machine.
  public var path: InstructionPath {
    switch self {
    case .strategy(let strategy): return strategy.dispatchedPath
    case .forced(_, let path): return path
    case .viewOnLoop: return DecodeStrategy.loop.dispatchedPath
    }
  }

  /// `path`'s name, as results record it.
  public var isaPath: String { path.name }

  /// Whether it decodes inputs of `format`: `loop-view` decodes messages only, a forced path
  /// varints only (the record path decodes one varint at a time, with no paths to force).
  public func decodes(_ format: InputFormat) -> Bool {
    switch self {
    case .strategy: return true
    case .forced: return format == .varints
    case .viewOnLoop: return format == .messages
    }
  }

  /// Decodes every varint of `input` into `output` and tallies them (`loop-view` as `loop`).
  func tallyVarints(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>
  ) throws(DecodeError) -> DecodeTally {
    try varintStrategy.tallyVarints(input, into: output, path: path)
  }

  /// Decodes a message stream and tallies it.
  func tallyMessages(_ input: UnsafeRawBufferPointer) throws(DecodeError) -> DecodeTally {
    switch self {
    case .strategy(let strategy), .forced(let strategy, _): return try strategy.tallyMessages(input)
    case .viewOnLoop:
      let summary = try TelemetryView.summarize(input, varintsOf: .loop)
      return DecodeTally(
        count: summary.messageCount, sum: summary.digestSum, bytesConsumed: input.count)
    }
  }

  /// The strategy that decodes its varints.
  var varintStrategy: DecodeStrategy {
    switch self {
    case .strategy(let strategy), .forced(let strategy, _): return strategy
    case .viewOnLoop: return .loop
    }
  }

  /// The decoder called `name`: a strategy, `loop-view`, or "STRATEGY@PATH" for a path this
  /// CPU supports; a `UsageError` for `flag` says which part is wrong.
  static func named(_ name: String, flag: String) throws(UsageError) -> CaseDecoder {
    if name == CaseDecoder.viewOnLoop.name { return .viewOnLoop }
    let parts = name.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count <= 2, let strategy = DecodeStrategy(name: String(parts[0])) else {
      throw .invalidValue(flag: flag, value: name, reason: "no such strategy; see 'edgebench list'")
    }
    guard parts.count == 2 else { return .strategy(strategy) }
    let path = strategy.paths.first { $0.name == parts[1] }
    guard let path else {
      let known = strategy.paths.map { $0.name }.joined(separator: ", ")
      throw .invalidValue(
        flag: flag, value: name, reason: strategy.name + "'s paths here are " + known)
    }
    guard path.isSupported else {
      throw .invalidValue(
        flag: flag, value: name, reason: "this CPU cannot run the " + path.name + " path")
    }
    return .forced(strategy, path)
  }

  /// A `--strategy` value: `all`, `all-paths`, or names separated by commas.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  static func list(_ text: String, flag: String) throws(UsageError) -> [CaseDecoder] {
    if text == "all" { return allCases }
    if text == "all-paths" { return everyPath }
    var decoders: [CaseDecoder] = []
    for name in text.split(separator: ",").map({ String($0) }) {
      decoders.append(try named(name, flag: flag))
    }
    guard !decoders.isEmpty else { throw .invalidValue(flag: flag, value: text, reason: "empty") }
    return decoders
  }
}
