import Foundation
import Testing

@testable import Aggregation

@Suite("Instruction counts from valgrind for hosts without a PMU")
struct InstructionCountTests {
  /// One `edgebench.instructions` line for the fixtures' full x86_64 build.
  static func line(corpus: String, strategy: String, perValue: Double) -> String {
    """
    {"schema":"edgebench.instructions","schema_version":1,"source":"valgrind",\
    "tool":"valgrind-3.19.0 callgrind","build":{"mode":"full",\
    "target":"x86_64-unknown-linux-gnu","optimization":"release",\
    "source_revision":"synthetic","binary_sha256":"00"},"case":{"name":"decode/\(corpus)/\(strategy)",\
    "kind":"decode","corpus":"\(corpus)","strategy":"\(strategy)","values":65536},\
    "instructions":{"iters_1":1,"iters_3":2},"instructions_per_value":\(perValue)}
    """
  }

  static func countsFile(_ lines: [String]) throws -> String {
    let folder = try Fixtures.temporaryFolder()
    let file = folder + "/valgrind-synthetic-full.jsonl"
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: file, atomically: true, encoding: .utf8)
    return file
  }

  @Test("a PMU-less host's gaps split into instructions × time per instruction")
  func decomposesWithoutPMU() throws {
    let counts = try Self.countsFile([
      Self.line(corpus: "one-byte", strategy: "loop", perValue: 10),
      Self.line(corpus: "one-byte", strategy: "word", perValue: 8),
    ])
    let loaded = try ResultsLoader.load([Fixtures.hosts, counts])
    #expect(loaded.instructionCounts.count == 2)
    let report = try ReportBuilder.build(
      loaded, settings: ReportBuilder.Settings(baseline: "ryzen-3950x"))
    // Strategies on the PMU-less VM: loop retires 10/8 = 1.25× word's instructions.
    var found = false
    for flip in report.flips {
      for explanation in flip.explanations {
        guard case .instructionsOnly(let factors) = explanation.outcome,
          explanation.comparison.subject.label == "vm-nocounters",
          explanation.comparison.subject.key.corpus == "one-byte"
        else { continue }
        let ratio = explanation.comparison.subject.key.strategy == "loop" ? 1.25 : 0.8
        #expect(abs(factors.instructions - ratio) < 1e-12)
        #expect(abs(factors.instructions * factors.timePerInstruction - factors.time) < 1e-12)
        #expect(factors.tool == "valgrind")
        found = true
      }
    }
    #expect(found)
    let markdown = MarkdownRenderer.render(report)
    #expect(markdown.contains("time per instruction ×"))
    #expect(markdown.contains("under valgrind"))
  }

  @Test("counts of one build and case 0.5% apart are refused; closer ones are one count")
  func conflictingCounts() throws {
    let same = try Self.countsFile([
      Self.line(corpus: "one-byte", strategy: "loop", perValue: 10),
      Self.line(corpus: "one-byte", strategy: "loop", perValue: 10.001),
    ])
    #expect(try ResultsLoader.load([Fixtures.hosts, same]).instructionCounts.count == 1)
    let differ = try Self.countsFile([
      Self.line(corpus: "one-byte", strategy: "loop", perValue: 10),
      Self.line(corpus: "one-byte", strategy: "loop", perValue: 11),
    ])
    let message = messageOf { try ResultsLoader.load([Fixtures.hosts, differ]) }
    #expect(message.hasPrefix(differ + ":2: the instruction count of decode/one-byte/loop differs"))
    let zero = try Self.countsFile([Self.line(corpus: "one-byte", strategy: "loop", perValue: 0)])
    #expect(
      messageOf { try ResultsLoader.load([Fixtures.hosts, zero]) }
        == zero + ":1: malformed record: instructions_per_value is 0.0: a count must be positive")
  }
}
