/// The report as CSV (RFC 4180): one row per case and host with every figure, for
/// spreadsheets and scripts. Empty cells mean "not available"; numbers are unformatted.
public enum CSVRenderer {
  /// The header row's column names, in order.
  public static let columns = [
    "command", "corpus", "strategy", "host", "baseline", "emulated", "synthetic", "clock",
    "samples", "median_ns_per_value", "ci95_low", "ci95_high", "ratio_to_baseline",
    "ratio_ci95_low",
    "ratio_ci95_high", "p_value", "p_holm", "verdict", "rank", "ipc", "instructions_per_value",
    "cycles_per_value", "ghz", "branch_misses_per_1000_values", "on_cpu_share",
    "factor_instructions", "factor_cpi", "factor_clock", "factor_other", "share_instructions",
    "share_cpi", "share_clock", "share_other", "counters_unavailable",
  ]

  /// Renders `report`.
  public static func render(_ report: AggregateReport) -> String {
    var lines = [columns.joined(separator: ",")]
    for table in report.cases {
      for row in table.rows {
        lines.append(line(row, key: table.key, report: report).map(escape).joined(separator: ","))
      }
    }
    return lines.joined(separator: "\r\n") + "\r\n"
  }

  private static func line(_ row: HostRow, key: CaseKey, report: AggregateReport) -> [String] {
    let summary = row.summary
    let host = report.host(summary.label)
    let comparison = row.versusBaseline
    let counters = summary.counters
    let decomposition = report.decompositions.first {
      $0.comparison.subject.label == summary.label && $0.comparison.subject.key == key
    }
    var factors: DecompositionFactors?
    if case .factors(let found)? = decomposition?.outcome { factors = found }
    let numbers: [Double?] = [
      summary.median, summary.statistics.medianInterval.low,
      summary.statistics.medianInterval.high, comparison?.ratio, comparison?.interval?.low,
      comparison?.interval?.high, comparison?.test.pValue, comparison?.adjustedP,
    ]
    let counterNumbers: [Double?] = [
      counters.instructionsPerCycle, counters.instructionsPerValue, counters.cyclesPerValue,
      counters.gigahertz, counters.branchMissesPerThousandValues, counters.onCPUShare,
      factors?.instructions, factors?.cyclesPerInstruction, factors?.frequency, factors?.other,
      factors?.shares?.instructions, factors?.shares?.cyclesPerInstruction,
      factors?.shares?.frequency, factors?.shares?.other,
    ]
    var cells = [
      key.command, key.corpus, key.strategy, summary.label, flag(row.isBaseline),
      flag(row.isEmulated), flag(host?.synthetic == true), report.clock.rawValue,
      String(summary.times.count),
    ]
    cells += numbers.map(number)
    cells.append(comparison?.verdict.rawValue ?? (row.isBaseline ? "baseline" : ""))
    cells.append(row.rank.map { String($0) } ?? "")
    cells += counterNumbers.map(number)
    cells.append(host?.hardwareCounters.unavailableReason ?? "")
    return cells
  }

  private static func flag(_ value: Bool) -> String { value ? "true" : "false" }

  private static func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "" }
    return String(value)
  }

  /// Quotes a cell when it holds a comma, quote or line break.
  static func escape(_ cell: String) -> String {
    guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return cell
    }
    return "\""
      + cell.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
      + "\""
  }
}
