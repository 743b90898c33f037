import Foundation
import Testing

@testable import Aggregation

@Suite("Table, Markdown and CSV")
struct RenderTests {
  @Test("the terminal table names the baseline, emulation, noise, flips and missing counters")
  func terminal() throws {
    let text = TerminalRenderer.render(try Fixtures.report())
    #expect(text.hasPrefix("edgebench aggregate\n"))
    #expect(text.contains("SYNTHETIC DATA"))
    #expect(text.contains("ryzen-3950x (baseline) [synthetic]"))
    #expect(text.contains("EMULATED: not compared"))
    #expect(text.contains("emulated: not compared"))
    #expect(text.contains("within noise"))
    #expect(text.contains("decode/one-byte: loop is faster than word on ryzen-3950x"))
    #expect(
      text.contains(
        "not decomposed (vm-nocounters: hardware counters unavailable, no-pmu (ENOENT))"))
    // A host without counters is named with a few of its comparisons and a count, not a list.
    let undecomposed = text.split(separator: "\n").filter { $0.contains("not decomposed") }
    #expect(!undecomposed.isEmpty && undecomposed.allSatisfy { $0.count < 400 })
    #expect(undecomposed.contains { $0.contains(" more") })
    #expect(text.contains("ryzen-5600x    word 0.900 < simd 1.01 < loop 1.41"))
    // Columns line up: every row of a case table is as long as its header or shorter.
    #expect(!text.contains("\t"))
  }

  @Test("Markdown has headings and pipe tables with a rule per column")
  func markdown() throws {
    let text = MarkdownRenderer.render(try Fixtures.report(), headingLevel: 3)
    #expect(text.hasPrefix("### edgebench aggregate\n"))
    #expect(text.contains("\n#### Hosts\n"))
    #expect(text.contains("\n##### decode/one-byte/loop"))
    let tableLines = text.split(separator: "\n").filter { $0.hasPrefix("|") }
    #expect(tableLines.count > 40)
    #expect(text.contains("| --- | ---: |"))
  }

  @Test("CSV: a header, one row per case and host, the same number of cells in every row")
  func csv() throws {
    let text = CSVRenderer.render(try Fixtures.report())
    let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines.count == 1 + 30)
    #expect(lines[0] == CSVRenderer.columns.joined(separator: ","))
    let rows = lines.dropFirst().map { parseCSV($0) }
    #expect(rows.allSatisfy { $0.count == CSVRenderer.columns.count })
    func cell(_ row: [String], _ name: String) -> String {
      row[CSVRenderer.columns.firstIndex(of: name) ?? 0]
    }
    let qemu = rows.filter { cell($0, "host") == "qemu-aarch64" }
    #expect(qemu.count == 6)
    #expect(
      qemu.allSatisfy { cell($0, "emulated") == "true" && cell($0, "ratio_to_baseline").isEmpty })
    let noise = try #require(
      rows.first {
        cell($0, "host") == "ryzen-5600x" && cell($0, "corpus") == "uniform-length"
          && cell($0, "strategy") == "simd"
      })
    #expect(cell(noise, "verdict") == "within noise")
    #expect(Double(cell(noise, "ratio_to_baseline")).map { abs($0 - 1) < 0.05 } == true)
    let vm = try #require(rows.first { cell($0, "host") == "vm-nocounters" })
    #expect(cell(vm, "counters_unavailable") == "no-pmu (ENOENT)")
    #expect(cell(vm, "ipc").isEmpty)
    #expect(CSVRenderer.escape("a,\"b\"") == "\"a,\"\"b\"\"\"")
  }

  /// Splits one CSV line, honouring quotes.
  private func parseCSV(_ line: String) -> [String] {
    var cells: [String] = []
    var cell = ""
    var quoted = false
    var previous: Character?
    for character in line {
      if character == "\"" {
        if quoted, previous == "\"" { cell.append("\"") }
        quoted.toggle()
      } else if character == ",", !quoted {
        cells.append(cell)
        cell = ""
      } else {
        cell.append(character)
      }
      previous = character
    }
    cells.append(cell)
    return cells
  }
}
