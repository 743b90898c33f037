/// What a flag's value must be: the parser checks it, and the usage text states it.
public enum FlagValue: Equatable, Sendable {
  /// A switch: present or absent, no value.
  case none
  /// A whole number in the range.
  case integer(ClosedRange<Int>)
  /// A whole number from 0 to 2^64 - 1.
  case unsigned64
  /// A number strictly between `above` and `below`.
  case fraction(above: Double, below: Double)
  /// One of these words.
  case choice([String])
  /// Any text (a path, a name, a list); the command checks its meaning.
  case text
}

/// One flag of a command: its name, what its value must be, and its line of help.
public struct Flag: Sendable {
  /// `--iters`.
  public let name: String
  /// What its value must be.
  public let value: FlagValue
  /// The value's placeholder in the usage text (`N`, `FILE`); a choice shows its words.
  public let placeholder: String
  /// What the flag does, without its limits or default (they are added from `value` and
  /// `defaultText`).
  public let help: String
  /// What applies without the flag, in words; nil when nothing needs saying.
  public let defaultText: String?

  /// Makes a flag; `defaultText` is shown after its limits.
  public init(
    _ name: String, _ value: FlagValue, placeholder: String = "", help: String,
    default defaultText: String? = nil
  ) {
    self.name = name
    self.value = value
    self.placeholder = placeholder
    self.help = help
    self.defaultText = defaultText
  }

  /// The limits a value must keep, in words ("1...1000"), or nil for free text.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  var limits: String? {
    switch value {
    case .none, .text: return nil
    case .integer(let range): return "\(range.lowerBound)...\(range.upperBound)"
    case .unsigned64: return "0...2^64-1"
    case .fraction(let above, let below): return "between \(above) and \(below)"
    case .choice: return nil
    }
  }

  /// The flag and its placeholder as the usage text's left column: `--format table|json`.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  var synopsis: String {
    switch value {
    case .none: return name
    case .choice(let words): return name + " " + words.joined(separator: "|")
    default: return name + " " + (placeholder.isEmpty ? "VALUE" : placeholder)
    }
  }

  /// Checks `text` as this flag's value; the error says why it is not acceptable.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  func check(_ text: String) throws(UsageError) {
    switch value {
    case .none:
      throw .invalidValue(flag: name, value: text, reason: "takes no value")
    case .text:
      return
    case .integer(let range):
      guard let number = Int(text) else {
        throw .invalidValue(flag: name, value: text, reason: "not a whole number")
      }
      guard range.contains(number) else {
        throw .invalidValue(
          flag: name, value: text,
          reason: "must be from \(range.lowerBound) to \(range.upperBound)")
      }
    case .unsigned64:
      guard UInt64(text) != nil else {
        throw .invalidValue(flag: name, value: text, reason: "not a whole number 0...2^64-1")
      }
    case .fraction(let above, let below):
      guard let number = Self.decimal(text), number > above, number < below else {
        throw .invalidValue(
          flag: name, value: text, reason: "must be between \(above) and \(below)")
      }
    case .choice(let words):
      guard words.contains(text) else {
        throw .invalidValue(flag: name, value: text, reason: "must be " + Self.orList(words))
      }
    }
  }

  /// A plain decimal number (`0.05`, `1`, `.5`): digits with at most one point, no sign or
  /// exponent. Parsed here because Embedded Swift has no `Double(String)` (it needs strtod).
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  static func decimal(_ text: String) -> Double? {
    // The digits as one whole number and a power of ten: one division then rounds correctly,
    // as strtod would, while both stay exact (up to 15 digits).
    var mantissa: UInt64 = 0
    var power: UInt64 = 1
    var digits = 0
    var seenPoint = false
    for byte in text.utf8 {
      if byte == UInt8(ascii: ".") && !seenPoint {
        seenPoint = true
      } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"), digits < 15 {
        mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
        if seenPoint { power *= 10 }
        digits += 1
      } else {
        return nil
      }
    }
    return digits > 0 ? Double(mantissa) / Double(power) : nil
  }

  /// "a, b or c".
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  static func orList(_ words: [String]) -> String {
    guard words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " or " + (words.last ?? "")
  }
}
