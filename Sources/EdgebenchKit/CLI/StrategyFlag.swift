import CodecCore

extension ArgumentCursor {
  /// The value of a `--strategy` flag: `all`, or one or more strategy names separated by commas.
  ///
  /// The one parser of strategy lists, shared by `decode`/`encode`/`roundtrip` and `bench`.
  public mutating func strategies(
    of flag: String, inline: String?
  ) throws(UsageError) -> [DecodeStrategy] {
    let text = try value(of: flag, inline: inline)
    if text == "all" { return DecodeStrategy.allCases }
    var strategies: [DecodeStrategy] = []
    for name in text.split(separator: ",").map({ String($0) }) {
      guard let strategy = DecodeStrategy(name: name) else {
        throw .invalidValue(
          flag: flag, value: name, reason: "no such strategy; see 'edgebench list'")
      }
      strategies.append(strategy)
    }
    guard !strategies.isEmpty else { throw .invalidValue(flag: flag, value: text, reason: "empty") }
    return strategies
  }
}
