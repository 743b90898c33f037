/// Why a foreign results file (Go, criterion, libtest, google/benchmark, hyperfine, a published
/// table) is refused. Every case names the file and line and says what was expected there.
public enum ForeignError: Error, Equatable, Sendable {
  /// A line or field is not what the format has there.
  case malformed(RecordSource, format: ForeignFormat, expected: String, found: String)
  /// The file is none of the formats `aggregate` reads.
  case unrecognised(path: String, firstLine: String)
  /// A file the format needs beside this one is missing (criterion's sample.json).
  case missingCompanion(path: String, format: ForeignFormat, expected: String)
  /// The file holds no benchmark result.
  case noBenchmarks(path: String, format: ForeignFormat, expected: String)
  /// A benchmark name that no `--map` rule matches and that does not split into
  /// command/corpus/strategy.
  case unmappedName(RecordSource, format: ForeignFormat, name: String)

  /// What is wrong and where.
  public var message: String {
    switch self {
    case .malformed(let source, let format, let expected, let found):
      return "\(source): malformed \(format.tool) file: expected \(expected), found "
        + ForeignText.quoted(found)
    case .unrecognised(let path, let firstLine):
      return "\(path):1: not a results file of any format aggregate reads (edgebench JSON Lines, "
        + "go test -bench text, criterion sample.json, libtest bench lines, google/benchmark "
        + "JSON, hyperfine JSON, edgebench.published); found " + ForeignText.quoted(firstLine)
        + "; name the format with --input-format"
    case .missingCompanion(let path, let format, let expected):
      return "\(path): \(format.tool) result without \(expected)"
    case .noBenchmarks(let path, let format, let expected):
      return "\(path): no benchmark results in this \(format.tool) file (expected \(expected))"
    case .unmappedName(let source, let format, let name):
      return "\(source): the \(format.tool) benchmark '\(name)' does not name "
        + "command/corpus/strategy; give a rule such as --map '\(format.rawValue):\(name)="
        + "decode/CORPUS/STRATEGY'"
    }
  }
}

/// Small text helpers for the foreign parsers.
enum ForeignText {
  /// `text` without leading and trailing spaces, tabs and carriage returns.
  static func trimmed<S: StringProtocol>(_ text: S) -> String {
    let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
    guard let start = text.firstIndex(where: { !blank($0) }),
      let end = text.lastIndex(where: { !blank($0) })
    else { return "" }
    return String(text[start...end])
  }

  /// A found value as an error shows it: quoted, at most 80 characters.
  static func quoted(_ text: String) -> String {
    text.count > 80 ? "'" + text.prefix(77) + "...'" : "'" + text + "'"
  }

  /// The lines of a file with 1-based numbers (blank ones included, so numbers are right).
  static func lines(_ contents: [UInt8]) -> [(number: Int, text: String)] {
    var result: [(Int, String)] = []
    var number = 0
    for line in contents.split(separator: 0x0A, omittingEmptySubsequences: false) {
      number += 1
      result.append((number, String(decoding: line, as: UTF8.self)))
    }
    return result
  }

  /// Splits on runs of spaces and tabs.
  static func fields(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
  }

  /// The 1-based line of a byte offset.
  static func line(ofOffset offset: Int, in contents: [UInt8]) -> Int {
    1 + contents.prefix(offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
  }

  /// The line of the first occurrence of `"key"` in a JSON file, or 1.
  static func line(ofKey key: String, in contents: [UInt8], after start: Int = 0) -> Int {
    let needle = Array(("\"" + key + "\"").utf8)
    guard needle.count <= contents.count else { return 1 }
    var index = start
    while index + needle.count <= contents.count {
      if contents[index] == needle[0], Array(contents[index..<(index + needle.count)]) == needle {
        return line(ofOffset: index, in: contents)
      }
      index += 1
    }
    return 1
  }
}
