/// Fixed-point number formatting without Foundation (`String(format:)` does not exist in
/// Embedded Swift).
public enum NumberFormat {
  /// `value` with exactly `decimals` digits after the point, rounded half away from zero.
  public static func fixed(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
    var scale: Double = 1
    for _ in 0..<decimals { scale *= 10 }
    let magnitude = (abs(value) * scale).rounded()
    guard magnitude < 9.0e18 else { return "\(value)" }
    let scaled = UInt64(magnitude)
    let divisor = UInt64(scale)
    var text = value < 0 && scaled != 0 ? "-" : ""
    text += String(scaled / divisor)
    if decimals > 0 {
      let fraction = String(scaled % divisor)
      text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
    return text
  }

  /// `value` in hexadecimal, zero-padded to 16 digits.
  public static func hex64(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// `text` padded with spaces to `width` columns, on the left (right-aligned) or right.
  public static func pad(_ text: String, _ width: Int, alignRight: Bool = true) -> String {
    let count = text.count
    guard count < width else { return text }
    let padding = String(repeating: " ", count: width - count)
    return alignRight ? padding + text : text + padding
  }
}
