/// A `--map` rule: benchmarks whose name matches a glob become one command/corpus/strategy.
///
/// Written `[FORMAT:]GLOB=COMMAND/CORPUS/STRATEGY`. GLOB matches the whole name as the tool
/// wrote it (without Go's `-GOMAXPROCS` suffix or google/benchmark's `/repeats:N`); `*` stands
/// for any run of characters. With FORMAT (`go`, `criterion`, ...) it applies to that format's
/// files only. The first matching rule wins.
public struct NameRule: Equatable, Sendable, CustomStringConvertible {
  /// The format it is limited to, if any.
  public let format: ForeignFormat?
  /// The glob.
  public let pattern: String
  /// The case it maps to.
  public let key: CaseKey

  /// Parses a rule; nil with the reason when it is not one.
  public static func parse(_ text: String) -> Result<NameRule, RuleError> {
    guard let equals = text.lastIndex(of: "=") else {
      return .failure(RuleError(reason: "expected [FORMAT:]GLOB=COMMAND/CORPUS/STRATEGY"))
    }
    var pattern = String(text[..<equals])
    let target = text[text.index(after: equals)...].split(
      separator: "/", omittingEmptySubsequences: false
    ).map(String.init)
    guard target.count == 3, target.allSatisfy({ !$0.isEmpty }) else {
      return .failure(RuleError(reason: "the target must be COMMAND/CORPUS/STRATEGY"))
    }
    var format: ForeignFormat?
    if let colon = pattern.firstIndex(of: ":"),
      let named = ForeignFormat(rawValue: String(pattern[..<colon]))
    {
      format = named
      pattern = String(pattern[pattern.index(after: colon)...])
    }
    guard !pattern.isEmpty else { return .failure(RuleError(reason: "the glob is empty")) }
    return .success(
      NameRule(
        format: format, pattern: pattern,
        key: CaseKey(command: target[0], corpus: target[1], strategy: target[2])))
  }

  /// Why a rule did not parse.
  public struct RuleError: Error, Equatable, Sendable {
    /// The reason.
    public let reason: String
  }

  /// True when the rule applies to `name` read from a `format` file.
  func matches(_ name: String, format: ForeignFormat) -> Bool {
    if let only = self.format, only != format { return false }
    return Self.glob(Array(pattern), Array(name))
  }

  private static func glob(_ pattern: [Character], _ name: [Character]) -> Bool {
    var (p, n) = (0, 0)
    var star: Int?
    var resume = 0
    while n < name.count {
      if p < pattern.count, pattern[p] == "*" {
        star = p
        resume = n
        p += 1
      } else if p < pattern.count, pattern[p] == name[n] {
        p += 1
        n += 1
      } else if let star {
        p = star + 1
        resume += 1
        n = resume
      } else {
        return false
      }
    }
    while p < pattern.count, pattern[p] == "*" { p += 1 }
    return p == pattern.count
  }

  /// "go:Decode*=decode/one-byte/go".
  public var description: String {
    (format.map { $0.rawValue + ":" } ?? "") + pattern + "=" + key.description
  }
}

/// How a foreign benchmark's name becomes a case: a `--map` rule, else the name itself when it
/// splits into three parts (`decode/one-byte/loop`; Go's `BenchmarkDecode/one-byte/loop`;
/// libtest's `decode::one_byte::loop`, underscores read as hyphens).
enum NameMapping {
  static func key(
    _ benchmark: ForeignBenchmark, format: ForeignFormat, rules: [NameRule]
  ) throws(ForeignError) -> CaseKey {
    if let rule = rules.first(where: { $0.matches(benchmark.name, format: format) }) {
      return rule.key
    }
    if let key = benchmark.key { return key }
    var name = benchmark.name
    if format == .gobench, name.hasPrefix("Benchmark") { name.removeFirst("Benchmark".count) }
    var parts = name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    if parts.count == 1, name.contains("::") {
      parts = name.split(separator: "::").map { String($0.map { $0 == "_" ? "-" : $0 }) }
    }
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) else {
      throw .unmappedName(benchmark.source, format: format, name: benchmark.name)
    }
    // Go names start with a capital (BenchmarkDecode); edgebench's commands are lower case.
    let command = parts[0].prefix(1).lowercased() + parts[0].dropFirst()
    return CaseKey(command: command, corpus: parts[1], strategy: parts[2])
  }
}
