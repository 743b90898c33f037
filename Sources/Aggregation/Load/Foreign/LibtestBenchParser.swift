import EdgebenchKit

/// Reads Rust libtest bench output (`cargo bench` with `#[bench]`, or criterion's
/// `--output-format bencher`): `test NAME ... bench: 1,234 ns/iter (+/- 56)`. Each line is one
/// median with a spread and no samples: a single figure. The same name on several lines (runs
/// appended to one file) gives one figure per run. `running N tests`, `test ... ok|ignored`
/// and `test result:` lines are libtest's too; other lines are ignored.
enum LibtestBenchParser {
  static func isBenchLine(_ line: String) -> Bool {
    line.hasPrefix("test ") && line.contains(" bench:")
  }

  static func parse(_ contents: [UInt8], path: String) throws(ForeignError) -> [ForeignBenchmark] {
    var order: [String] = []
    var byName: [String: ForeignBenchmark] = [:]
    let expected = "'test NAME ... bench: N ns/iter (+/- S)'"
    for (lineNumber, raw) in ForeignText.lines(contents) {
      let line = ForeignText.trimmed(raw)
      guard isBenchLine(line) else { continue }
      let source = RecordSource(path: path, line: lineNumber)
      guard let dots = line.firstRange(of: " ... "), let bench = line.firstRange(of: "bench:")
      else {
        throw .malformed(source, format: .libtest, expected: expected, found: line)
      }
      let name = ForeignText.trimmed(
        line[line.index(line.startIndex, offsetBy: 5)..<dots.lowerBound])
      let fields = ForeignText.fields(String(line[bench.upperBound...]))
      guard fields.count >= 2, fields[1] == "ns/iter" else {
        throw .malformed(source, format: .libtest, expected: expected, found: line)
      }
      guard let median = number(fields[0]) else {
        throw .malformed(
          source, format: .libtest, expected: "a number of ns/iter after 'bench:'", found: fields[0]
        )
      }
      var spread: String?
      if fields.count >= 4, fields[2] == "(+/-" {
        let text = fields[3].hasSuffix(")") ? String(fields[3].dropLast()) : fields[3]
        guard let value = number(text) else {
          throw .malformed(
            source, format: .libtest, expected: "a number after '(+/-'", found: fields[3])
        }
        spread =
          "+/- " + NumberFormat.fixed(value, decimals: value == value.rounded() ? 0 : 2)
          + " ns/iter"
      }
      if var existing = byName[name] {
        existing.times.append(median)
        existing.singleFigure = false
        byName[name] = existing
      } else {
        order.append(name)
        byName[name] = ForeignBenchmark(
          name: name, source: source, times: [median], unit: "ns/iter", singleFigure: true,
          spread: spread, host: ForeignHost(),
          notes: ["raw samples (one median and its max-min spread per benchmark)"])
      }
    }
    guard !order.isEmpty else {
      throw .noBenchmarks(path: path, format: .libtest, expected: expected)
    }
    return order.compactMap { byName[$0] }
  }

  /// "1,234" or "1,234.56" → 1234.56; nil when not a non-negative number.
  static func number(_ text: String) -> Double? {
    let digits = String(text.filter { $0 != "," })
    guard let value = Double(digits), value.isFinite, value >= 0 else { return nil }
    return value
  }
}
