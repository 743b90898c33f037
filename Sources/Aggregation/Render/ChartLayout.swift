/// Where everything goes in the bar chart of one command and corpus: grouped bars per timed
/// host (one bar per strategy, coloured by strategy), the median's 95% interval as an error
/// bar, axis ticks and the legend. The SVG renderer draws it; tests read it to know which
/// pixels must carry which colour.
public struct ChartLayout: Sendable {
  /// One bar.
  public struct Bar: Sendable {
    /// The host label (the group).
    public let label: String
    /// The strategy (the colour).
    public let strategy: String
    /// Fill colour, "#rrggbb".
    public let colour: String
    /// Left edge, top edge, width and height in SVG pixels (y grows downwards).
    public let x: Double, y: Double, width: Double, height: Double
    /// The median it shows, ns per value.
    public let median: Double
    /// The error bar's ends in SVG pixels: the interval's low (lower on screen) and high.
    public let errorLowY: Double, errorHighY: Double
  }

  /// A host group's label and centre.
  public struct Group: Sendable {
    /// The label.
    public let label: String
    /// Horizontal centre.
    public let centre: Double
    /// True for the baseline host.
    public let isBaseline: Bool
  }

  /// Canvas size.
  public let width: Double, height: Double
  /// The plot area (y axis at `left`, x axis at `bottom`).
  public let left: Double, top: Double, right: Double, bottom: Double
  /// The command and corpus shown.
  public let scope: CaseScope
  /// The clock the times come from.
  public let clock: TimeSource
  /// The value at the top of the axis.
  public let axisMaximum: Double
  /// Tick values.
  public let ticks: [Double]
  /// Host groups, left to right.
  public let groups: [Group]
  /// Every bar.
  public let bars: [Bar]
  /// Strategies and their colours, in legend order.
  public let legend: [(strategy: String, colour: String)]
  /// Lines under the chart (emulated hosts left out, synthetic data).
  public let notes: [String]

  /// Colour-blind-safe fills (Okabe–Ito), assigned to strategies in name order.
  public static let palette = [
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#56b4e9", "#f0e442", "#999999",
  ]

  /// The vertical pixel of `value`.
  public func y(_ value: Double) -> Double { bottom - (bottom - top) * value / axisMaximum }

  /// Lays out the chart of `scope`; nil when no timed host ran it.
  public init?(report: AggregateReport, scope: CaseScope) {
    let timed = Set(report.timedLabels)
    let tables = report.cases.filter { $0.key.scope == scope }
    let strategies = tables.map { $0.key.strategy }.sorted()
    let allStrategies = Array(Set(report.cases.map { $0.key.strategy })).sorted()
    let labels = Array(Set(tables.flatMap { $0.rows.map { $0.summary.label } }))
      .filter { timed.contains($0) }.sorted()
    guard !labels.isEmpty, !strategies.isEmpty else { return nil }
    let barWidth = 36.0
    let groupWidth = Double(strategies.count) * barWidth + 44
    left = 76
    right = max(640, left + Double(labels.count) * groupWidth + 24) - 24
    top = 76
    bottom = 380
    width = right + 24
    self.scope = scope
    clock = report.clock
    let highest =
      tables.flatMap { $0.rows }.filter { timed.contains($0.summary.label) }
      .map { $0.summary.statistics.medianInterval.high }.max() ?? 1
    (axisMaximum, ticks) = Self.axis(highest)
    var colours: [String: String] = [:]
    for (index, strategy) in allStrategies.enumerated() {
      colours[strategy] = Self.palette[index % Self.palette.count]
    }
    legend = strategies.map { ($0, colours[$0] ?? Self.palette[0]) }
    var groups: [Group] = []
    var bars: [Bar] = []
    let span = (right - left) / Double(labels.count)
    for (groupIndex, label) in labels.enumerated() {
      let centre = left + span * (Double(groupIndex) + 0.5)
      groups.append(Group(label: label, centre: centre, isBaseline: label == report.baseline))
      let start = centre - Double(strategies.count) * barWidth / 2
      for (index, strategy) in strategies.enumerated() {
        guard
          let row = tables.first(where: { $0.key.strategy == strategy })?
            .rows.first(where: { $0.summary.label == label })
        else { continue }
        let statistics = row.summary.statistics
        let top = bottom - (bottom - self.top) * statistics.median / axisMaximum
        bars.append(
          Bar(
            label: label, strategy: strategy, colour: colours[strategy] ?? Self.palette[0],
            x: start + Double(index) * barWidth + 3, y: top, width: barWidth - 6,
            height: bottom - top, median: statistics.median,
            errorLowY: bottom - (bottom - self.top) * statistics.medianInterval.low / axisMaximum,
            errorHighY: bottom - (bottom - self.top) * statistics.medianInterval.high / axisMaximum
          ))
      }
    }
    self.groups = groups
    self.bars = bars
    var notes: [String] = []
    let emulated = report.hosts.filter { $0.emulation.isEmulated }.map { $0.label }
    if !emulated.isEmpty {
      notes.append("Emulated, left out: " + emulated.joined(separator: ", "))
    }
    if report.hasSyntheticData { notes.append("SYNTHETIC DATA (test fixtures), not measurements") }
    self.notes = notes
    height = bottom + 64 + Double(notes.count) * 16
  }

  /// Decimals that print every tick distinctly ("0.5", "1.0", "1.5").
  public var tickDecimals: Int {
    guard ticks.count > 1 else { return 0 }
    return max(0, Int(-MathFunctions.log10(ticks[1] - ticks[0]).rounded(.down)))
  }

  /// A round axis maximum at or above `highest`, and ticks at a 1-2-5 step.
  static func axis(_ highest: Double) -> (Double, [Double]) {
    let target = highest > 0 ? highest * 1.05 : 1
    let raw = target / 8
    let magnitude = MathFunctions.powerOfTen(MathFunctions.log10(raw).rounded(.down))
    let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
    let maximum = (target / step).rounded(.up) * step
    let count = Int((maximum / step).rounded())
    return (maximum, (0...count).map { Double($0) * step })
  }
}
