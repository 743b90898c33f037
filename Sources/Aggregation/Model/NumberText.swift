import EdgebenchKit

/// How numbers read in every format: few enough digits to scan a column, enough to compare.
enum NumberText {
  /// Nanoseconds per value with about three significant digits: "2585", "22.6", "5.10", "0.512".
  static func time(_ value: Double) -> String {
    let magnitude = abs(value)
    let decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3
    return fixed(value, decimals)
  }

  /// A ratio: "0.872×".
  static func ratio(_ value: Double) -> String { fixed(value, 3) + "×" }

  /// An interval of times or ratios: "[1.20, 1.31]".
  static func interval(_ low: Double, _ high: Double, ratio: Bool = false) -> String {
    ratio
      ? "[" + fixed(low, 3) + ", " + fixed(high, 3) + "]"
      : "[" + time(low) + ", " + time(high) + "]"
  }

  /// A p-value: "<0.0001" or "0.0231".
  static func p(_ value: Double) -> String { value < 0.0001 ? "<0.0001" : fixed(value, 4) }

  /// A share as a percentage: "83%".
  static func percent(_ value: Double) -> String { fixed(value * 100, 0) + "%" }

  /// `value` with `decimals` digits after the point, or "-" when absent.
  static func fixed(_ value: Double?, _ decimals: Int) -> String {
    guard let value, value.isFinite else { return "-" }
    return NumberFormat.fixed(value, decimals: decimals)
  }
}
