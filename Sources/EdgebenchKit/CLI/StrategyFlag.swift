import CodecCore

extension ArgumentCursor {
  /// The value of a `--strategy` flag: one strategy by name, or every one for `all`.
  public mutating func strategies(
    of flag: String, inline: String?
  ) throws(UsageError) -> [DecodeStrategy] {
    let name = try value(of: flag, inline: inline)
    if name == "all" { return DecodeStrategy.allCases }
    guard let strategy = DecodeStrategy(name: name) else {
      throw .invalidValue(flag: flag, value: name, reason: "no such strategy; see 'edgebench list'")
    }
    return [strategy]
  }
}
