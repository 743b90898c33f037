/// Reads a published table of figures (boards/published/), schema `edgebench.published`: the
/// numbers a blog post or paper printed, each with the CPU, the tool and the unit, and the
/// source they were copied from. Every figure is a single figure: nobody can test it.
///
///     {"schema": "edgebench.published", "source": "...", "figures": [
///       {"host": "ryzen9-3950x", "cpu": "AMD Ryzen 9 3950X", "tool": "cargo bench",
///        "command": "decode", "corpus": "unpublished", "contender": "rust",
///        "value": 217, "unit": "ns/iter"}, ...]}
enum PublishedClaimParser {
  struct File: Decodable {
    let schema: String
    let source: String
    let figures: [Figure]
  }

  struct Figure: Decodable {
    let host: String
    let cpu: String
    let tool: String
    let command: String
    let corpus: String
    let contender: String
    let value: Double
    let unit: String
  }

  static func parse(_ contents: [UInt8], path: String) throws(ForeignError) -> [ForeignBenchmark] {
    let expected =
      "{\"schema\": \"edgebench.published\", \"source\", \"figures\": [{\"host\", \"cpu\", "
      + "\"tool\", \"command\", \"corpus\", \"contender\", \"value\", \"unit\"}]}"
    let file = try ForeignJSON.decode(
      File.self, contents, path: path, format: .published, expected: expected)
    guard file.schema == "edgebench.published" else {
      throw .malformed(
        RecordSource(path: path, line: ForeignText.line(ofKey: "schema", in: contents)),
        format: .published, expected: "schema 'edgebench.published'", found: file.schema)
    }
    var benchmarks: [ForeignBenchmark] = []
    var searchFrom = 0
    for figure in file.figures {
      let line = ForeignText.line(ofKey: "host", in: contents, after: searchFrom)
      searchFrom = HyperfineParser.offset(ofLine: line + 1, in: contents)
      let source = RecordSource(path: path, line: line)
      guard figure.value.isFinite, figure.value > 0 else {
        throw .malformed(
          source, format: .published, expected: "a positive 'value'", found: String(figure.value))
      }
      benchmarks.append(
        ForeignBenchmark(
          name: figure.command + "/" + figure.corpus + "/" + figure.contender, source: source,
          times: [figure.value], unit: figure.unit, singleFigure: true, spread: nil,
          host: ForeignHost(cpuModel: figure.cpu, configuration: [("source", file.source)]),
          label: figure.host,
          key: CaseKey(command: figure.command, corpus: figure.corpus, strategy: figure.contender),
          tool: figure.tool + " (published)",
          notes: ["the code", "the build", "the run"]))
    }
    guard !benchmarks.isEmpty else {
      throw .noBenchmarks(path: path, format: .published, expected: "entries in 'figures'")
    }
    return benchmarks
  }
}
