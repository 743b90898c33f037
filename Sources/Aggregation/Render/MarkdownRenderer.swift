/// The report as GitHub-flavoured Markdown, for READMEs and issues.
public enum MarkdownRenderer {
  /// Renders `report`; `headingLevel` is the level of the title (deeper levels follow it).
  public static func render(_ report: AggregateReport, headingLevel: Int = 1) -> String {
    var parts: [String] = []
    for block in ReportDocument(report).blocks {
      switch block {
      case .heading(let title, let level):
        parts.append(String(repeating: "#", count: level + headingLevel - 1) + " " + title)
      case .paragraph(let text): parts.append(text)
      case .table(let table): parts.append(table.markdown())
      case .bullets(let items): parts.append(items.map { "- " + $0 }.joined(separator: "\n"))
      }
    }
    return parts.joined(separator: "\n\n") + "\n"
  }
}
