/// A table of text cells that prints as aligned columns (terminal) or as a Markdown table.
struct TextTable {
  /// The header cells.
  let header: [String]
  /// Which columns are numbers (right-aligned).
  let numeric: Set<Int>
  /// The body rows; short rows are padded with empty cells.
  var rows: [[String]] = []

  /// Columns separated by two spaces, each as wide as its widest cell, indented by `indent`.
  func aligned(indent: String = "  ") -> String {
    let all = [header] + rows
    var widths = [Int](repeating: 0, count: header.count)
    for row in all {
      for (column, cell) in row.enumerated() where column < widths.count {
        widths[column] = max(widths[column], cell.count)
      }
    }
    return all.map { row in
      var cells: [String] = []
      for column in 0..<header.count {
        let cell = column < row.count ? row[column] : ""
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        cells.append(numeric.contains(column) ? padding + cell : cell + padding)
      }
      return indent + cells.joined(separator: "  ").replacingTrailingSpaces()
    }.joined(separator: "\n")
  }

  /// A GitHub-flavoured Markdown table.
  func markdown() -> String {
    func line(_ cells: [String]) -> String {
      let escaped = cells.map { $0.replacing("|", with: "\\|") }
      return "| " + escaped.joined(separator: " | ") + " |"
    }
    let rule = header.indices.map { numeric.contains($0) ? "---:" : "---" }
    let body = rows.map { row in line(header.indices.map { $0 < row.count ? row[$0] : "" }) }
    return ([line(header), "| " + rule.joined(separator: " | ") + " |"] + body)
      .joined(separator: "\n")
  }
}

extension String {
  /// The string without trailing spaces.
  fileprivate func replacingTrailingSpaces() -> String {
    var text = self
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }
}
