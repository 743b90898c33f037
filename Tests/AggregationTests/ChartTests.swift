import Foundation
import Testing

@testable import Aggregation

@Suite("The SVG chart")
struct ChartTests {
  static let scope = CaseScope(command: "decode", corpus: "one-byte")

  @Test("one bar per timed host and strategy, heights and error bars from the data")
  func layout() throws {
    let report = try Fixtures.report()
    let layout = try #require(ChartLayout(report: report, scope: Self.scope))
    #expect(
      layout.groups.map { $0.label } == ["rk3588", "ryzen-3950x", "ryzen-5600x", "vm-nocounters"])
    #expect(layout.groups.first { $0.isBaseline }?.label == "ryzen-3950x")
    #expect(layout.bars.count == 12)
    #expect(!layout.bars.contains { $0.label == "qemu-aarch64" })
    #expect(Set(layout.bars.map { $0.colour }).count == 3)
    for bar in layout.bars {
      #expect(abs(bar.y - layout.y(bar.median)) < 1e-9)
      #expect(abs(bar.y + bar.height - layout.bottom) < 1e-9)
      #expect(bar.errorHighY <= bar.y + 0.5 || bar.errorHighY < bar.errorLowY)
    }
    let tallest = try #require(layout.bars.max { $0.height < $1.height })
    #expect(tallest.label == "rk3588" && tallest.strategy == "loop")
    #expect(layout.axisMaximum >= tallest.median)
    #expect(layout.notes.contains("Emulated, left out: qemu-aarch64"))
  }

  @Test("the SVG holds every bar, escapes text, and says the data is synthetic")
  func svgText() throws {
    let report = try Fixtures.report()
    let layout = try #require(ChartLayout(report: report, scope: Self.scope))
    let svg = SVGChartRenderer.render(layout)
    #expect(svg.hasPrefix("<?xml"))
    #expect(svg.hasSuffix("</svg>\n"))
    #expect(svg.components(separatedBy: "<title>").count - 1 == 12)
    #expect(svg.contains("SYNTHETIC DATA"))
    #expect(SVGChartRenderer.escape("a<b & \"c\">") == "a&lt;b &amp; &quot;c&quot;&gt;")
  }

  @Test(
    "rsvg-convert's picture has bars of the right colours where the layout puts them",
    .enabled(if: ExternalTool.available("rsvg-convert") && ExternalTool.available("python3")))
  func renderedPicture() throws {
    let report = try Fixtures.report()
    let layout = try #require(ChartLayout(report: report, scope: Self.scope))
    let folder = try ExternalTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let svg = folder.appendingPathComponent("chart.svg")
    let png = folder.appendingPathComponent("chart.png")
    let spec = folder.appendingPathComponent("spec.json")
    try SVGChartRenderer.render(layout).write(to: svg, atomically: true, encoding: .utf8)
    let converted = try ExternalTool.run("rsvg-convert", [svg.path, "-o", png.path])
    #expect(converted.status == 0, "rsvg-convert: \(converted.output)")
    let bars: [[String: Any]] = layout.bars.map {
      [
        "name": $0.label + "/" + $0.strategy, "colour": $0.colour, "x": $0.x, "y": $0.y,
        "width": $0.width, "height": $0.height,
      ]
    }
    let object: [String: Any] = ["width": layout.width, "height": layout.height, "bars": bars]
    try JSONSerialization.data(withJSONObject: object).write(to: spec)
    let checker = Fixtures.repository + "/Tests/support/check_chart_png.py"
    let checked = try ExternalTool.run("python3", [checker, png.path, spec.path])
    #expect(checked.status == 0, "check_chart_png.py: \(checked.output)")
    #expect(checked.output.contains("checked 12 bars in 3 colours"))
  }
}
