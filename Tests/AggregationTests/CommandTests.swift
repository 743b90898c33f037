import Foundation
import Testing

@testable import Aggregation

@Suite("edgebench aggregate, end to end")
struct CommandTests {
  @Test("flags parse; bad ones are usage errors")
  func options() throws {
    let options = try AggregateOptions(arguments: [
      "a", "--baseline", "x", "--format=csv", "--corpus", "one-byte", "b", "--alpha", "0.01",
    ])
    #expect(options.inputs == ["a", "b"])
    #expect(options.baseline == "x")
    #expect(options.format == .csv)
    #expect(options.corpus == "one-byte")
    #expect(options.alpha == 0.01)
    #expect(throws: (any Error).self) { try AggregateOptions(arguments: ["a", "--format", "pdf"]) }
    #expect(throws: (any Error).self) { try AggregateOptions(arguments: ["a", "--alpha", "2"]) }
    #expect(throws: (any Error).self) { try AggregateOptions(arguments: ["a", "--frobnicate"]) }
    #expect(AggregateCommand.run([]) == 2)
  }

  @Test("writes each format atomically, never over an input, and leaves the inputs untouched")
  func outputsAndInputs() throws {
    let folder = try ExternalTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let inputs = try FileManager.default.subpathsOfDirectory(atPath: Fixtures.hosts)
      .filter { $0.hasSuffix(".jsonl") }.map { Fixtures.hosts + "/" + $0 }
    let before = try inputs.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
    for format in AggregateFormat.allCases {
      let output = folder.appendingPathComponent("report." + format.rawValue).path
      let status = AggregateCommand.run([
        Fixtures.hosts, "--baseline", "ryzen-3950x", "--format", format.rawValue, "--output",
        output,
      ])
      #expect(status == 0)
      let written = try String(contentsOfFile: output, encoding: .utf8)
      #expect(!written.isEmpty)
    }
    let target = Fixtures.hostFile("ryzen-5600x")
    #expect(AggregateCommand.run([Fixtures.hosts, "--output", target]) == 2)
    let after = try inputs.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
    #expect(before == after)
    let leftovers = try FileManager.default.subpathsOfDirectory(atPath: Fixtures.hosts)
      .filter { !$0.hasSuffix(".jsonl") && $0.contains(".tmp") }
    #expect(leftovers.isEmpty)
  }

  @Test("unusable data exits 1; --corpus narrows the records and picks the chart")
  func dataErrorsAndSelection() throws {
    let malformed = Fixtures.invalid("malformed/broken-board/results.jsonl")
    #expect(AggregateCommand.run([Fixtures.hosts, malformed]) == 1)
    var options = try AggregateOptions(arguments: [
      Fixtures.hosts, "--corpus", "uniform-length", "--format", "svg",
    ])
    let chart = try AggregateCommand.produce(options)
    #expect(chart.text.contains("decode · uniform-length"))
    #expect(chart.warnToStandardError)
    options.corpus = "no-such-corpus"
    #expect(throws: AggregateError.nothingSelected("--corpus no-such-corpus")) {
      try AggregateCommand.produce(options)
    }
  }
}
