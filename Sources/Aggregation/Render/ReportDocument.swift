/// A report laid out as headings, paragraphs, tables and lists, independent of the output
/// format: the terminal and Markdown renderers print the same document two ways.
struct ReportDocument {
  /// One piece of the document.
  enum Block {
    /// A heading; level 1 is the title.
    case heading(String, level: Int)
    /// A paragraph of prose.
    case paragraph(String)
    /// A table.
    case table(TextTable)
    /// A bulleted list.
    case bullets([String])
  }

  /// The blocks in reading order.
  var blocks: [Block] = []

  /// Lays out `report`: header, hosts, warnings, case tables, rankings, flips, decompositions.
  init(_ report: AggregateReport) {
    blocks.append(.heading("edgebench aggregate", level: 1))
    blocks += ReportSections.overview(report)
    blocks += ReportSections.hosts(report)
    blocks += ReportSections.warnings(report)
    blocks += ReportSections.cases(report)
    blocks += ReportExplanations.rankings(report)
    blocks += ReportExplanations.flips(report)
    blocks += ReportExplanations.decompositions(report)
  }
}
