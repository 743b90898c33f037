import CodecCore

/// The table `bench` prints: every case beside `loop` on the same corpus, as a ratio of
/// medians measured in the same run, with each case's spread and instruction path.
public enum RatioTable {
  private static let columns: [(String, Int, Bool)] = [
    ("corpus", 15, false), ("strategy", 14, false), ("path", 8, false), ("B/value", 7, true),
    ("ns/value", 9, true), ("Mvalues/s", 10, true), ("MB/s", 8, true), ("x loop", 7, true),
    ("spread", 7, true),
  ]

  /// The table, after a line saying how it was measured.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  public static func render(_ results: [CaseResult], context: RunContext) -> String {
    let plan = context.plan
    var lines = [
      "edgebench \(context.command): \(results.count) cases x \(plan.samples) samples of ~"
        + NumberFormat.fixed(Double(plan.targetSampleNanoseconds) / 1e6, decimals: 0)
        + " ms, " + (plan.clock == .cpu ? "thread CPU" : "wall")
        + " clock, order shuffled per round; median shown, x loop = loop's median / this one's"
    ]
    lines.append(line(columns.map { $0.0 }))
    for result in results { lines.append(row(result, in: results)) }
    return lines.joined(separator: "\n")
  }

  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  private static func row(_ result: CaseResult, in results: [CaseResult]) -> String {
    let input = result.benchmark.input
    let bytesPerValue = Double(input.bytes.count) / Double(max(input.valueCount, 1))
    guard let statistics = result.statistics, statistics.median > 0 else {
      return line([
        input.name, result.benchmark.strategyName, result.benchmark.isaPath,
        NumberFormat.fixed(bytesPerValue, decimals: 2), "-", "-", "-", "-",
        result.check.passed ? "-" : "FAILED",
      ])
    }
    let median = statistics.median
    let loop = results.first {
      $0.benchmark.input.name == input.name && $0.benchmark.kind == result.benchmark.kind
        && $0.benchmark.strategyName == DecodeStrategy.loop.name
    }
    let ratio = loop?.statistics.map { NumberFormat.fixed($0.median / median, decimals: 2) }
    let spread = (statistics.max - statistics.min) / median * 100
    return line([
      input.name, result.benchmark.strategyName, result.benchmark.isaPath,
      NumberFormat.fixed(bytesPerValue, decimals: 2), NumberFormat.fixed(median, decimals: 3),
      NumberFormat.fixed(1_000 / median, decimals: 1),
      NumberFormat.fixed(bytesPerValue * 1_000 / median, decimals: 1), ratio ?? "-",
      NumberFormat.fixed(spread, decimals: 0) + "%",
    ])
  }

  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  private static func line(_ cells: [String]) -> String {
    var text = ""
    for (index, (cell, column)) in zip(cells, columns).enumerated() {
      // A space between cells, so a name as wide as its column stays apart from the next.
      if index > 0 { text += " " }
      text += NumberFormat.pad(cell, column.1, alignRight: column.2)
    }
    return text
  }
}
