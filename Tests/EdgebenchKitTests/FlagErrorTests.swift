import Foundation
import Testing

@testable import EdgebenchKit

/// Every way a command line can be wrong gets its own typed error, and the CLI exits 2.
@Suite struct FlagErrorTests {
  /// (arguments, the error they must raise)
  static let parseErrors: [([String], UsageError)] = [
    (["decode", "--bogus"], .unknownFlag(command: "decode", flag: "--bogus")),
    (["decode", "--iters"], .missingValue(flag: "--iters")),
    (
      ["decode", "--iters", "abc"],
      .invalidValue(flag: "--iters", value: "abc", reason: "not a whole number")
    ),
    (
      ["decode", "--iters", "0"],
      .invalidValue(flag: "--iters", value: "0", reason: "must be from 1 to 1000000")
    ),
    (
      ["decode", "--iters=2000000"],
      .invalidValue(flag: "--iters", value: "2000000", reason: "must be from 1 to 1000000")
    ),
    (
      ["decode", "--samples", "0"],
      .invalidValue(flag: "--samples", value: "0", reason: "must be from 1 to 1000")
    ),
    (
      ["decode", "--samples", "1001"],
      .invalidValue(flag: "--samples", value: "1001", reason: "must be from 1 to 1000")
    ),
    (
      ["decode", "--warmup", "-1"],
      .invalidValue(flag: "--warmup", value: "-1", reason: "must be from 0 to 100")
    ),
    (
      ["decode", "--corpus", "nope"],
      .invalidValue(flag: "--corpus", value: "nope", reason: "no such corpus; see 'edgebench list'")
    ),
    (["decode", "--corpus", ","], .invalidValue(flag: "--corpus", value: ",", reason: "empty")),
    (
      ["decode", "--strategy", "nope"],
      .invalidValue(
        flag: "--strategy", value: "nope", reason: "no such strategy; see 'edgebench list'")
    ),
    (["encode", "--strategy", "loop"], .unknownFlag(command: "encode", flag: "--strategy")),
    (
      ["decode", "--format", "xml"],
      .invalidValue(flag: "--format", value: "xml", reason: "must be table, json or gobench")
    ),
    (
      ["decode", "--input-format", "csv"],
      .invalidValue(flag: "--input-format", value: "csv", reason: "must be varints or messages")
    ),
    (
      ["roundtrip", "--pin", "x"],
      .invalidValue(flag: "--pin", value: "x", reason: "not a whole number")
    ),
    (
      ["roundtrip", "--pin", "5000"],
      .invalidValue(flag: "--pin", value: "5000", reason: "must be from 0 to 1023")
    ),
    (
      ["decode", "--seed", "-1"],
      .invalidValue(flag: "--seed", value: "-1", reason: "not a whole number 0...2^64-1")
    ),
    (
      ["decode", "--no-counters=yes"],
      .invalidValue(flag: "--no-counters", value: "yes", reason: "takes no value")
    ),
    (["decode", "stray"], .unexpectedArgument("stray")),
    (
      ["info", "--format", "xml"],
      .invalidValue(flag: "--format", value: "xml", reason: "must be table or json")
    ),
    (["info", "--bogus"], .unknownFlag(command: "info", flag: "--bogus")),
    (["corpus"], .missingValue(flag: "--write")),
    (["corpus", "--read", "x"], .unknownFlag(command: "corpus", flag: "--read")),
    (["list", "--all"], .unknownFlag(command: "list", flag: "--all")),
    (["selftest", "--quick"], .unknownFlag(command: "selftest", flag: "--quick")),
  ]

  @Test(arguments: parseErrors.indices)
  func parseErrorIsTyped(_ index: Int) {
    let (arguments, expected) = Self.parseErrors[index]
    #expect(throws: expected) { try Self.parse(arguments) }
    #expect(EdgebenchCLI.run(arguments) == 2)
  }

  @Test func unknownAndMissingCommandsExit2() {
    #expect(EdgebenchCLI.run([]) == 2)
    #expect(EdgebenchCLI.run(["benchmark-everything"]) == 2)
    #expect(EdgebenchCLI.run(["help", "nope"]) == 2)
    #expect(EdgebenchCLI.run(["nope", "--help"]) == 2)
  }

  @Test func everyCommandHasHelp() {
    for command in ["decode", "encode", "roundtrip", "selftest", "info", "list", "corpus"] {
      #expect(EdgebenchCLI.usage(of: command)?.contains("usage: edgebench " + command) == true)
      #expect(EdgebenchCLI.run([command, "--help"]) == 0)
    }
  }

  /// Values that parse but do not work on this machine fail before any measuring, as usage
  /// errors.
  @Test func unusableValuesExit2() throws {
    let missing = "/nonexistent-edgebench-dir/input.bin"
    let decode = try BenchmarkCommand(command: .decode, arguments: ["--input", missing])
    #expect(throws: UsageError.self) { try decode.run() }
    #expect(EdgebenchCLI.run(["decode", "--input", missing]) == 2)
    #expect(EdgebenchCLI.run(["decode", "--pin", "1023", "--samples", "1", "--iters", "1"]) == 2)
    let output = "/nonexistent-edgebench-dir/out.jsonl"
    #expect(
      EdgebenchCLI.run(["decode", "--samples", "1", "--iters", "1", "--output", output]) == 2)
  }

  /// An empty --input has no values to time: exit 2 with the reason; a file of one value
  /// is a valid corpus.
  @Test func emptyAndOneValueInputs() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "edgebench-input-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let empty = folder.appendingPathComponent("empty.bin")
    try Data().write(to: empty)
    #expect(throws: InputError.empty(path: empty.path)) {
      try CorpusInput(file: empty.path, format: .varints)
    }
    #expect(
      InputError.empty(path: empty.path).message
        == "the file is empty: there are no values to decode, so nothing to time")
    #expect(
      EdgebenchCLI.run(["decode", "--input", empty.path, "--iters", "1", "--samples", "1"]) == 2)
    let one = folder.appendingPathComponent("one.bin")
    try Data([0xAC, 0x02]).write(to: one)  // 300
    let input = try CorpusInput(file: one.path, format: .varints)
    #expect(input.valueCount == 1 && input.valueSum == 300)
  }

  private static func parse(_ arguments: [String]) throws(UsageError) {
    let command = arguments[0]
    let flags = Array(arguments.dropFirst())
    if let measuring = MeasuringCommand(rawValue: command) {
      _ = try BenchmarkCommand(command: measuring, arguments: flags)
      return
    }
    switch command {
    case "info": _ = try InfoCommand(arguments: flags)
    case "corpus": _ = try CorpusCommand(arguments: flags)
    case "list": _ = try ListCommand(arguments: flags)
    case "selftest": _ = try SelfTestCommand(arguments: flags)
    default: throw .unknownCommand(command)
    }
  }
}
