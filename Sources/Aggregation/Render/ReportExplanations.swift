/// The explaining parts of a report document: rankings, flips, decompositions.
enum ReportExplanations {
  /// Strategies in order on every host, or a note that there is nothing to rank.
  static func rankings(_ report: AggregateReport) -> [ReportDocument.Block] {
    let blocks: [ReportDocument.Block] = [
      .heading(
        "Rankings (fastest first; '<' a real difference, '≈' within noise, '<?' one figure: "
          + "not testable)", level: 2)
    ]
    guard !report.rankings.isEmpty else {
      return blocks + [
        .paragraph("Fewer than two strategies per command and corpus: nothing to rank.")
      ]
    }
    var table = TextTable(
      header: ["case", "host", "ranking (median \(report.clock.unit))"], numeric: [])
    for ranking in report.rankings {
      var text = ""
      for (index, entry) in ranking.entries.enumerated() {
        if index > 0 { text += entry.untested ? " <? " : entry.tiedWithPrevious ? " ≈ " : " < " }
        text += entry.strategy + " " + NumberText.time(entry.median)
      }
      table.rows.append([ranking.scope.description, ranking.label, text])
    }
    return blocks + [.table(table)]
  }

  /// Every flip in words, each with the decomposition of its sides.
  static func flips(_ report: AggregateReport) -> [ReportDocument.Block] {
    var blocks: [ReportDocument.Block] = [.heading("Ranking flips", level: 2)]
    guard !report.flips.isEmpty else {
      return blocks + [
        .paragraph(
          "None: no two contenders swap places with a real difference on both sides.")
      ]
    }
    for flip in report.flips {
      blocks.append(.paragraph(sentence(flip)))
      blocks += decompositionBlocks(flip.explanations, context: flip.context)
    }
    return blocks
  }

  /// Every timed host against the baseline, case by case.
  static func decompositions(_ report: AggregateReport) -> [ReportDocument.Block] {
    let blocks: [ReportDocument.Block] = [
      .heading(
        "Gaps to the baseline explained (time per value = instructions per value × cycles per "
          + "instruction ÷ clock)", level: 2)
    ]
    guard !report.decompositions.isEmpty else {
      return blocks + [.paragraph("No timed host shares a case with the baseline.")]
    }
    return blocks
      + decompositionBlocks(report.decompositions) {
        $0.subject.key.description + ": " + $0.subject.label
      }
  }

  /// "decode/one-byte: word is faster than loop on a (0.620×, p 0.0003) but slower on b (…)."
  static func sentence(_ flip: RankingFlip) -> String {
    func list(_ comparisons: [Comparison]) -> String {
      let items = comparisons.map {
        flip.context($0) + " (" + NumberText.ratio($0.ratio)
          + ($0.isTestable ? ", p " + NumberText.p($0.adjustedP) : ", one figure") + ")"
      }
      guard items.count > 1 else { return items.joined() }
      return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }
    return flip.setting + ": " + flip.subject + " is faster than " + flip.reference + " on "
      + list(flip.faster) + " but slower on " + list(flip.slower)
      + (flip.testable
        ? "." : " — one figure: not testable (no raw samples: no test can say the flip is real).")
  }

  /// A table of factor decompositions, and one line per reason for those without counters.
  private static func decompositionBlocks(
    _ decompositions: [Decomposition], context: (Comparison) -> String
  ) -> [ReportDocument.Block] {
    var table = TextTable(
      header: [
        "comparison", "time ×", "instructions ×", "CPI ×", "clock ×", "other ×",
        "log-shares ins / CPI / clock / other", "main cause",
      ], numeric: [1, 2, 3, 4, 5])
    var counted = TextTable(
      header: [
        "comparison", "time ×", "instructions ×", "time per instruction ×", "counted by",
        "log-shares ins / time-per-ins", "main cause",
      ], numeric: [1, 2, 3])
    var unavailable: [(String, [String])] = []
    for decomposition in decompositions {
      let name = context(decomposition.comparison)
      switch decomposition.outcome {
      case .factors(let factors):
        let shares =
          factors.shares.map {
            [$0.instructions, $0.cyclesPerInstruction, $0.frequency, $0.other]
              .map(NumberText.percent).joined(separator: " / ")
          } ?? "gap within noise"
        table.rows.append([
          name, NumberText.ratio(factors.time), NumberText.ratio(factors.instructions),
          NumberText.ratio(factors.cyclesPerInstruction),
          factors.frequency.map(NumberText.ratio) ?? "unknown", NumberText.ratio(factors.other),
          shares, factors.dominant ?? "-",
        ])
      case .instructionsOnly(let factors):
        let shares =
          factors.shares.map {
            NumberText.percent($0.instructions) + " / " + NumberText.percent($0.timePerInstruction)
          } ?? "gap within noise"
        counted.rows.append([
          name, NumberText.ratio(factors.time), NumberText.ratio(factors.instructions),
          NumberText.ratio(factors.timePerInstruction), factors.tool, shares,
          factors.dominant ?? "-",
        ])
      case .unavailable(let reason):
        if let index = unavailable.firstIndex(where: { $0.0 == reason }) {
          unavailable[index].1.append(name)
        } else {
          unavailable.append((reason, [name]))
        }
      }
    }
    var blocks: [ReportDocument.Block] = []
    if !table.rows.isEmpty { blocks.append(.table(table)) }
    if !counted.rows.isEmpty {
      blocks.append(
        .paragraph(
          "No PMU on these hosts: instructions per value are exact counts of the same build "
            + "under valgrind (retired instructions of this code, not the CPU's counter), and "
            + "time per instruction folds cycles per instruction and clock together."))
      blocks.append(.table(counted))
    }
    if !unavailable.isEmpty {
      blocks.append(
        .bullets(
          unavailable.map { reason, names in
            // A host without counters leaves every one of its comparisons undecomposed: name a
            // few and count the rest rather than print a line hundreds of characters long.
            let shown = names.count > 4 ? Array(names.prefix(3)) : names
            let rest = names.count - shown.count
            return "not decomposed (" + reason + "): " + shown.joined(separator: "; ")
              + (rest > 0 ? "; and \(rest) more" : "")
          }))
    }
    return blocks
  }
}
