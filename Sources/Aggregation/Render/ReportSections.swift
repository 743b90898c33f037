/// The descriptive parts of a report document: overview, hosts, warnings, case tables.
enum ReportSections {
  /// What was read, the baseline and how significance is judged.
  static func overview(_ report: AggregateReport) -> [ReportDocument.Block] {
    var text =
      "\(report.hosts.count) host labels, \(report.recordCount) records from "
      + "\(report.files.count) files; baseline: \(report.baseline). "
      + "A difference is real when Mann–Whitney U on the raw samples gives p < "
      + NumberText.fixed(report.alpha, 2) + " after Holm's correction over all "
      + "\(report.testCount) tests in this report; ratio intervals are 95% percentile bootstraps "
      + "(\(RatioBootstrap.resamples) resamples, per comparison); time intervals are "
      + "distribution-free 95% intervals of the median. "
      + (report.clock == .wall
        ? "Times are wall-clock."
        : "Times are CPU time (task-clock): waiting for a CPU is left out.")
    if report.hasSyntheticData {
      text = "SYNTHETIC DATA (test fixtures), not measurements. " + text
    }
    return [.paragraph(text)]
  }

  /// One row per host label.
  static func hosts(_ report: AggregateReport) -> [ReportDocument.Block] {
    var table = TextTable(
      header: [
        "host", "machine", "cores", "build", "virtualization", "hardware counters", "records",
      ],
      numeric: [6])
    for host in report.hosts {
      var name = host.label
      if host.label == report.baseline { name += " (baseline)" }
      if host.synthetic { name += " [synthetic]" }
      let virtualization =
        host.emulation.isEmulated ? "EMULATED: not compared" : host.host.virtualization
      table.rows.append([
        name, host.host.hostname + " " + host.host.machine, host.coreDescription,
        host.build.description, virtualization,
        host.hardwareCounters.unavailableReason.map { "unavailable: " + $0 } ?? "counting",
        String(host.recordCount),
      ])
    }
    return [.heading("Hosts", level: 2), .table(table)]
  }

  /// Every warning, or nothing.
  static func warnings(_ report: AggregateReport) -> [ReportDocument.Block] {
    guard !report.warnings.isEmpty else { return [] }
    return [.heading("Warnings", level: 2), .bullets(report.warnings)]
  }

  /// One table per case.
  static func cases(_ report: AggregateReport) -> [ReportDocument.Block] {
    var blocks: [ReportDocument.Block] = [
      .heading(
        "Cases (median \(report.clock.unit); ratio = host ÷ baseline, below 1 is faster)", level: 2)
    ]
    for table in report.cases {
      blocks.append(
        .heading(table.key.description + "  (corpus fnv1a64 " + table.checksum + ")", level: 3))
      blocks.append(.table(caseTable(table, report: report)))
    }
    return blocks
  }

  private static func caseTable(_ table: CaseTable, report: AggregateReport) -> TextTable {
    let hardware = table.rows.contains { $0.summary.counters.instructionsPerValue != nil }
    var header = [
      "host", "n", report.clock.unit, "95% CI", "vs baseline", "ratio 95% CI", "p (Holm)",
      "verdict",
      "rank on host",
    ]
    if hardware { header += ["IPC", "ins/value", "cyc/value", "GHz", "bmiss/1k"] }
    header += ["on-CPU", "cores"]
    let textColumns: Set<String> = ["host", "95% CI", "ratio 95% CI", "verdict", "cores"]
    var text = TextTable(
      header: header, numeric: Set(header.indices.filter { !textColumns.contains(header[$0]) }))
    for row in table.rows {
      let summary = row.summary
      let interval = summary.statistics.medianInterval
      var cells = [
        summary.label + (row.isEmulated ? " (emulated)" : ""),
        String(summary.times.count), NumberText.time(summary.median),
        summary.singleFigure ? "one figure" : NumberText.interval(interval.low, interval.high),
      ]
      if let comparison = row.versusBaseline {
        cells += [
          NumberText.ratio(comparison.ratio),
          comparison.interval.map { NumberText.interval($0.low, $0.high, ratio: true) } ?? "-",
          NumberText.p(comparison.adjustedP), comparison.verdict.rawValue,
        ]
      } else {
        let why =
          row.isBaseline
          ? "baseline" : row.isEmulated ? "emulated: not compared" : "baseline did not run it"
        cells += ["-", "-", "-", why]
      }
      cells.append(row.rank.map { String($0) } ?? "-")
      let counters = summary.counters
      if hardware {
        cells += [
          NumberText.fixed(counters.instructionsPerCycle, 2),
          NumberText.fixed(counters.instructionsPerValue, 1),
          NumberText.fixed(counters.cyclesPerValue, 1), NumberText.fixed(counters.gigahertz, 2),
          NumberText.fixed(counters.branchMissesPerThousandValues, 1),
        ]
      }
      cells.append(counters.onCPUShare.map(NumberText.percent) ?? "-")
      cells.append(coreText(summary, host: report.host(summary.label)))
      text.rows.append(cells)
    }
    return text
  }

  /// The core types the samples ran on, for hosts with more than one kind of core.
  private static func coreText(_ summary: HostCaseSummary, host: HostProfile?) -> String {
    guard let host, host.host.coreTypes.count > 1 else { return "-" }
    return summary.coreUse.map { "\($0.name) ×\($0.samples)" }.joined(separator: ", ")
  }
}
