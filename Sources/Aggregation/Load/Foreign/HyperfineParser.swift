/// Reads hyperfine `--export-json`: one result per command, its `times` (seconds per run of
/// the whole command, process start included) as raw samples. Without `times`, its `mean` is a
/// single figure. The case name is the command (or hyperfine's `--command-name`).
enum HyperfineParser {
  struct File: Decodable {
    let results: [Result]
  }

  struct Result: Decodable {
    let command: String
    let mean: Double
    let stddev: Double?
    let times: [Double]?
    let exitCodes: [Int?]?

    enum CodingKeys: String, CodingKey {
      case command, mean, stddev, times
      case exitCodes = "exit_codes"
    }
  }

  static func parse(_ contents: [UInt8], path: String) throws(ForeignError) -> [ForeignBenchmark] {
    let file = try ForeignJSON.decode(
      File.self, contents, path: path, format: .hyperfine,
      expected: "{\"results\": [{\"command\", \"mean\", \"times\": [seconds...]}]}")
    guard !file.results.isEmpty else {
      throw .noBenchmarks(path: path, format: .hyperfine, expected: "entries in 'results'")
    }
    var benchmarks: [ForeignBenchmark] = []
    var searchFrom = 0
    for result in file.results {
      let line = ForeignText.line(ofKey: "command", in: contents, after: searchFrom)
      searchFrom = offset(ofLine: line + 1, in: contents)
      let source = RecordSource(path: path, line: line)
      let seconds = result.times ?? [result.mean]
      for value in seconds where !(value.isFinite && value > 0) {
        throw .malformed(
          source, format: .hyperfine, expected: "positive run times in seconds",
          found: String(value))
      }
      if let codes = result.exitCodes, let bad = codes.first(where: { $0 != 0 }) {
        throw .malformed(
          source, format: .hyperfine, expected: "every run to exit 0 (the command failed)",
          found: "exit code " + (bad.map { String($0) } ?? "none (killed)"))
      }
      benchmarks.append(
        ForeignBenchmark(
          name: result.command, source: source, times: seconds.map { $0 * 1e9 }, unit: "ns/run",
          singleFigure: result.times == nil || seconds.count == 1,
          spread: result.times == nil ? result.stddev.map { "stddev \($0) s" } : nil,
          host: ForeignHost(),
          notes: ["the work per run (a whole process: start-up, corpus, every iteration)"]))
    }
    return benchmarks
  }

  static func offset(ofLine line: Int, in contents: [UInt8]) -> Int {
    var seen = 1
    for (index, byte) in contents.enumerated() where byte == 0x0A {
      seen += 1
      if seen == line { return index + 1 }
    }
    return contents.count
  }
}
