/// Draws a `ChartLayout` as a standalone SVG document: grid, bars, error bars, axes, labels,
/// legend and notes. Plain shapes and text only, so any SVG renderer (browsers, rsvg-convert)
/// shows the same picture.
public enum SVGChartRenderer {
  /// The SVG document of `layout`.
  public static func render(_ layout: ChartLayout) -> String {
    var svg: [String] = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(layout.width))\" "
        + "height=\"\(n(layout.height))\" viewBox=\"0 0 \(n(layout.width)) \(n(layout.height))\" "
        + "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">",
      "<rect x=\"0\" y=\"0\" width=\"\(n(layout.width))\" height=\"\(n(layout.height))\" fill=\"#ffffff\"/>",
      text(
        "\(layout.scope.command) · \(layout.scope.corpus): median and 95% interval"
          + (layout.clock == .cpu ? " of CPU time" : ""),
        x: layout.left, y: 28, size: 16, weight: "bold"),
    ]
    svg += legend(layout)
    for tick in layout.ticks {
      let y = layout.y(tick)
      svg.append(line(layout.left, y, layout.right, y, colour: "#e4e4e4", width: 1))
      let label = NumberText.fixed(tick, layout.tickDecimals)
      svg.append(text(label, x: layout.left - 8, y: y + 4, size: 12, anchor: "end"))
    }
    for bar in layout.bars {
      svg.append(
        "<rect x=\"\(n(bar.x))\" y=\"\(n(bar.y))\" width=\"\(n(bar.width))\" "
          + "height=\"\(n(bar.height))\" fill=\"\(bar.colour)\"><title>\(escape(bar.label)) "
          + "\(escape(bar.strategy)): \(NumberText.time(bar.median)) ns/value</title></rect>")
    }
    for bar in layout.bars where bar.errorHighY < bar.errorLowY {
      let centre = bar.x + bar.width / 2
      let cap = bar.width / 6
      svg.append(line(centre, bar.errorLowY, centre, bar.errorHighY, colour: "#222222", width: 1.5))
      for y in [bar.errorLowY, bar.errorHighY] {
        svg.append(line(centre - cap, y, centre + cap, y, colour: "#222222", width: 1.5))
      }
    }
    svg.append(
      line(layout.left, layout.top, layout.left, layout.bottom, colour: "#333333", width: 1))
    svg.append(
      line(layout.left, layout.bottom, layout.right, layout.bottom, colour: "#333333", width: 1))
    svg.append(
      "<text transform=\"translate(20 \(n((layout.top + layout.bottom) / 2))) rotate(-90)\" "
        + "text-anchor=\"middle\" font-size=\"12\" fill=\"#333333\">\(layout.clock == .cpu ? "CPU " : "")ns per value (lower is faster)"
        + "</text>")
    for group in layout.groups {
      svg.append(
        text(group.label, x: group.centre, y: layout.bottom + 20, size: 12, anchor: "middle"))
      if group.isBaseline {
        svg.append(
          text("(baseline)", x: group.centre, y: layout.bottom + 36, size: 11, anchor: "middle"))
      }
    }
    for (index, note) in layout.notes.enumerated() {
      svg.append(text(note, x: layout.left, y: layout.bottom + 56 + Double(index) * 16, size: 11))
    }
    svg.append("</svg>")
    return svg.joined(separator: "\n") + "\n"
  }

  private static func legend(_ layout: ChartLayout) -> [String] {
    var parts: [String] = []
    var x = layout.left
    for entry in layout.legend {
      parts.append(
        "<rect x=\"\(n(x))\" y=\"42\" width=\"14\" height=\"14\" fill=\"\(entry.colour)\"/>")
      parts.append(text(entry.strategy, x: x + 20, y: 54, size: 12))
      x += 34 + Double(entry.strategy.count) * 7.5
    }
    return parts
  }

  private static func line(
    _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, colour: String, width: Double
  ) -> String {
    "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(colour)\" "
      + "stroke-width=\"\(n(width))\"/>"
  }

  private static func text(
    _ content: String, x: Double, y: Double, size: Int, anchor: String = "start",
    weight: String = "normal"
  ) -> String {
    "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(size)\" text-anchor=\"\(anchor)\" "
      + "font-weight=\"\(weight)\" fill=\"#222222\">\(escape(content))</text>"
  }

  /// A coordinate with at most two decimals.
  private static func n(_ value: Double) -> String { NumberText.fixed(value, 2) }

  /// Escapes the characters XML reserves.
  static func escape(_ text: String) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      default: escaped.append(character)
      }
    }
    return escaped
  }
}
