/// The report as plain text for a terminal: aligned columns, underlined headings.
public enum TerminalRenderer {
  /// Renders `report`.
  public static func render(_ report: AggregateReport) -> String {
    var lines: [String] = []
    for block in ReportDocument(report).blocks {
      switch block {
      case .heading(let title, let level):
        if !lines.isEmpty { lines.append("") }
        lines.append(title)
        if level <= 2 {
          lines.append(String(repeating: level == 1 ? "=" : "-", count: title.count))
        }
      case .paragraph(let text): lines.append(text)
      case .table(let table): lines.append(table.aligned())
      case .bullets(let items): lines += items.map { "  - " + $0 }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
