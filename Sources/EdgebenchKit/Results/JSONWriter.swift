/// A minimal JSON writer for results files, without Foundation (the board build has none).
///
/// Integers are written exactly; doubles in Swift's shortest form that reads back to the same
/// bits (JSON has no NaN or infinity, so those become null); strings are escaped per RFC 8259.
/// Commas are placed automatically: call `key` before each member value in an object.
public struct JSONWriter {
  /// The JSON written so far.
  public private(set) var text = ""
  private var hasMember: [Bool] = [false]
  private var afterKey = false

  /// Starts an empty document.
  public init() {}

  /// Opens an object.
  public mutating func beginObject() { open("{") }
  /// Closes the innermost object.
  public mutating func endObject() { close("}") }
  /// Opens an array.
  public mutating func beginArray() { open("[") }
  /// Closes the innermost array.
  public mutating func endArray() { close("]") }

  /// Writes an object member's name; its value comes next.
  public mutating func key(_ name: String) {
    separate()
    Self.appendQuoted(name, to: &text)
    text += ":"
    afterKey = true
  }

  /// Writes a string value.
  public mutating func string(_ value: String) {
    separate()
    Self.appendQuoted(value, to: &text)
  }

  /// Writes an integer exactly.
  public mutating func integer(_ value: Int) { raw(String(value)) }

  /// Writes an unsigned 64-bit integer exactly (readers in JavaScript lose precision above
  /// 2^53; the schema writes sums and checksums as strings for that reason).
  public mutating func unsigned(_ value: UInt64) { raw(String(value)) }

  /// Writes a signed 64-bit number exactly.
  public mutating func signed(_ value: Int64) { raw(String(value)) }

  /// Writes a double that reads back to the same bits; NaN and infinities become null.
  public mutating func double(_ value: Double) {
    raw(value.isFinite ? value.description : "null")
  }

  /// Writes true or false.
  public mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }

  /// Writes null.
  public mutating func null() { raw("null") }

  /// Writes `value`, or null when it is nil.
  public mutating func string(_ value: String?) {
    if let value { string(value) } else { null() }
  }

  /// Writes `value`, or null when it is nil.
  public mutating func integer(_ value: Int?) {
    if let value { integer(value) } else { null() }
  }

  /// Writes `value`, or null when it is nil.
  public mutating func double(_ value: Double?) {
    if let value { double(value) } else { null() }
  }

  private mutating func raw(_ token: String) {
    separate()
    text += token
  }

  private mutating func open(_ bracket: String) {
    separate()
    text += bracket
    hasMember.append(false)
  }

  private mutating func close(_ bracket: String) {
    text += bracket
    hasMember.removeLast()
    afterKey = false
  }

  private mutating func separate() {
    if afterKey {
      afterKey = false
      return
    }
    if let last = hasMember.last, last { text += "," }
    if !hasMember.isEmpty { hasMember[hasMember.count - 1] = true }
  }

  /// Appends `value` in quotes with JSON escapes.
  static func appendQuoted(_ value: String, to text: inout String) {
    text += "\""
    var plainStart = value.unicodeScalars.startIndex
    var index = plainStart
    let scalars = value.unicodeScalars
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let escape = escaped(scalar)
      if let escape {
        text += String(scalars[plainStart..<index])
        text += escape
        plainStart = scalars.index(after: index)
      }
      index = scalars.index(after: index)
    }
    text += String(scalars[plainStart..<scalars.endIndex])
    text += "\""
  }

  private static func escaped(_ scalar: Unicode.Scalar) -> String? {
    switch scalar.value {
    case 0x22: return "\\\""
    case 0x5C: return "\\\\"
    case 0x0A: return "\\n"
    case 0x0D: return "\\r"
    case 0x09: return "\\t"
    case 0x08: return "\\b"
    case 0x0C: return "\\f"
    case 0..<0x20, 0x7F:
      let digits = String(scalar.value, radix: 16)
      return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
    default: return nil
    }
  }
}
