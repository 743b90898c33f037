/// UTF-8 validation without building a String: the record fast path's check for `string`
/// fields, accepting exactly what `String(validating:as: UTF8.self)` accepts.
///
/// Well-formed sequences per the Unicode Standard's table 3-7: no overlong forms, no
/// surrogates, nothing above U+10FFFF, no stray or missing continuation bytes.
public enum UTF8Validation {
  /// Whether `bytes` is well-formed UTF-8.
  public static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
    isASCII(bytes) || isValidSequences(bytes)
  }

  /// Whether every byte of `bytes` is below 0x80: the OR of overlapping loads that cover the
  /// buffer exactly (8-byte words, the last one ending at the end; under 8 bytes two 4- or
  /// 2-byte loads), so an all-ASCII label of any length costs a few instructions and no loop
  /// for up to 16 bytes.
  static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
    let count = bytes.count
    guard count > 0, let base = bytes.baseAddress else { return true }
    if count >= 8 {
      var bits = base.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
      var index = 0
      while index < count &- 8 {
        bits |= base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        index &+= 8
      }
      return bits & 0x8080_8080_8080_8080 == 0
    }
    if count >= 4 {
      let bits =
        base.loadUnaligned(as: UInt32.self)
        | base.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)
      return bits & 0x8080_8080 == 0
    }
    if count >= 2 {
      let bits =
        base.loadUnaligned(as: UInt16.self)
        | base.loadUnaligned(fromByteOffset: count &- 2, as: UInt16.self)
      return bits & 0x8080 == 0
    }
    return base.load(as: UInt8.self) < 0x80
  }

  /// Whether `bytes` is well-formed UTF-8, sequence by sequence (ASCII runs 8 bytes a step).
  static func isValidSequences(_ bytes: UnsafeRawBufferPointer) -> Bool {
    let count = bytes.count
    var index = 0
    while index < count {
      // Labels are mostly ASCII: skip 8 such bytes per step.
      if count - index >= 8, FixedWidth.loadUInt64(bytes, at: index) & 0x8080_8080_8080_8080 == 0 {
        index += 8
        continue
      }
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      // The sequence length, and the range the first continuation byte must fall in.
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xED:
        length = 3
        high = 0x9F
      case 0xE1...0xEF: length = 3
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF4:
        length = 4
        high = 0x8F
      case 0xF1...0xF3: length = 4
      default: return false
      }
      guard count - index >= length else { return false }
      let second = bytes[index + 1]
      guard second >= low && second <= high else { return false }
      for next in (index + 2)..<(index + length) where bytes[next] & 0xC0 != 0x80 {
        return false
      }
      index += length
    }
    return true
  }
}
