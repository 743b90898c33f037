/// The readable table `decode`, `encode` and `roundtrip` print by default: one row per case
/// with the instruction path that ran, the median time, its confidence interval and spread, throughput, the counter figures
/// that explain it, migrations, the decoded count and sum, and the check (last, so scripts
/// find it as the final field).
public enum ResultTable {
  private static let columns: [(String, Int, Bool)] = [
    ("corpus", 16, false), ("strategy", 15, false), ("path", 8, false), ("values", 7, true),
    ("B/val", 6, true),
    ("ns/value", 9, true), ("ci95 +-", 8, true), ("cv%", 6, true), ("MB/s", 8, true),
    ("IPC", 5, true), ("cyc/val", 8, true), ("ins/val", 8, true), ("bmiss/kv", 9, true),
    ("GHz", 5, true), ("migr", 6, true), ("sum", 20, true), ("check", 5, false),
  ]

  /// The table, with a header describing the run and notes on unavailable counters.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  public static func render(_ results: [CaseResult], context: RunContext) -> String {
    var lines: [String] = []
    let plan = context.plan
    let iterations =
      plan.fixedIterations.map { String($0) + " iterations" } ?? "calibrated iterations"
    lines.append(
      "edgebench \(context.command): \(results.count) cases x \(plan.samples) samples x "
        + iterations + ", \(plan.warmupSamples) warm-up, order shuffled per round (seed "
        + String(plan.seed) + ")" + (plan.pinnedCPU.map { ", pinned to CPU " + String($0) } ?? ""))
    lines.append(
      "host: " + context.host.hostname + ", " + context.host.cpuModel + ", "
        + context.build.mode + " build, virtualization: " + context.host.virtualization.kind)
    lines.append(header())
    let virtualClock = context.host.virtualization.hasVirtualClock
    for result in results { lines.append(row(result, virtualClock: virtualClock)) }
    lines.append(contentsOf: counterNotes(context.counters))
    if let rss = context.peakRSSKiB {
      lines.append(
        "memory: peak RSS \(rss) KiB; corpora \(context.corpusBytes / 1024) KiB, "
          + "output and value buffers \(context.bufferBytes / 1024) KiB")
    }
    return lines.joined(separator: "\n")
  }

  private static func header() -> String {
    line(columns.map { $0.0 })
  }

  /// Cells padded to their columns; the last (the check) is not padded.
  private static func line(_ cells: [String]) -> String {
    var text = ""
    for (index, cell) in cells.enumerated() {
      if index > 0 { text += " " }
      let last = index == cells.count - 1
      text += last ? cell : NumberFormat.pad(cell, columns[index].1, alignRight: columns[index].2)
    }
    return text
  }

  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  private static func row(_ result: CaseResult, virtualClock: Bool) -> String {
    let input = result.benchmark.input
    let values = Double(max(1, result.valuesPerIteration))
    let stats = result.statistics
    let derived = DerivedMetrics(result, virtualClock: virtualClock)
    let migrated = result.samples.filter { $0.migrated }.count
    func number(_ value: Double?, _ decimals: Int) -> String {
      value.map { NumberFormat.fixed($0, decimals: decimals) } ?? "-"
    }
    let halfWidth = stats.map { ($0.medianInterval.high - $0.medianInterval.low) / 2 }
    let megabytes = stats.map { Double(input.bytes.count) / values / $0.median * 1000 }
    let cells: [String] = [
      input.name, result.benchmark.strategyName, result.benchmark.isaPath,
      String(result.valuesPerIteration),
      NumberFormat.fixed(Double(input.bytes.count) / values, decimals: 2),
      number(stats?.median, 3), number(halfWidth, 3),
      number(stats.map { $0.coefficientOfVariation * 100 }, 1), number(megabytes, 1),
      number(derived.ipc, 2), number(derived.cyclesPerValue, 2),
      number(derived.instructionsPerValue, 2), number(derived.branchMissesPerThousandValues, 1),
      number(derived.effectiveGHz, 2), String(migrated) + "/" + String(result.samples.count),
      String(result.check.valueSum), result.check.passed ? "ok" : "FAILED",
    ]
    return line(cells)
  }

  /// One line per reason counters are missing, naming the events it covers.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  static func counterNotes(_ counters: CounterSet?) -> [String] {
    guard let counters else { return ["counters: off (--no-counters)"] }
    var notes: [String] = []
    var reasons: [(String, [String])] = []
    for status in counters.statuses {
      guard let reason = status.unavailable, reason != .notRequested else { continue }
      if let index = reasons.firstIndex(where: { $0.0 == reason.message }) {
        reasons[index].1.append(status.event.name)
      } else {
        reasons.append((reason.message, [status.event.name]))
      }
    }
    let counting = counters.statuses.filter { $0.isCounting }.map { $0.event.name }
    notes.append(
      "counters: " + (counting.isEmpty ? "none counting" : counting.joined(separator: ", ")))
    for (message, events) in reasons {
      notes.append("  unavailable: " + events.joined(separator: ", ") + ": " + message)
    }
    return notes
  }
}
