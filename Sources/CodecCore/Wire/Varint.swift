/// LEB128 varints exactly as protobuf writes them: seven bits a byte, least significant group
/// first, the high bit set on every byte but the last; at most 10 bytes for 64 bits.
public enum Varint {
  /// The most bytes a 64-bit varint can take.
  public static let maxLength = 10

  /// How many bytes `value` takes as a varint (1 through 10).
  public static func encodedSize(of value: UInt64) -> Int {
    // Bits needed, rounded up to whole 7-bit groups; `| 1` makes zero take one byte.
    let bits = 64 - (value | 1).leadingZeroBitCount
    return (bits + 6) / 7
  }

  /// How many bytes `value` takes as a varint (1 through 5).
  public static func encodedSize(of value: UInt32) -> Int {
    encodedSize(of: UInt64(value))
  }

  /// Writes `value` at `destination`, which must have room for `encodedSize(of:)` bytes.
  ///
  /// Returns the number of bytes written. The raw-pointer form serves writers and corpus
  /// generators that fill a buffer sized in advance.
  package static func write(_ value: UInt64, to destination: UnsafeMutableRawPointer) -> Int {
    var remaining = value
    var index = 0
    while remaining >= 0x80 {
      destination.storeBytes(
        of: UInt8(truncatingIfNeeded: remaining) | 0x80, toByteOffset: index, as: UInt8.self)
      remaining >>= 7
      index += 1
    }
    destination.storeBytes(of: UInt8(remaining), toByteOffset: index, as: UInt8.self)
    return index + 1
  }

  /// Appends `value` as a varint to `bytes`.
  public static func append(_ value: UInt64, to bytes: inout [UInt8]) {
    var remaining = value
    while remaining >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: remaining) | 0x80)
      remaining >>= 7
    }
    bytes.append(UInt8(remaining))
  }

  /// The varint encoding of `value` as a new array.
  public static func encode(_ value: UInt64) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(maxLength)
    append(value, to: &bytes)
    return bytes
  }
}
