/// Fixed-width little-endian values, as protobuf lays out fixed32/fixed64/float/double.
///
/// Loads are unaligned: wire data has no alignment, and every target here supports unaligned
/// loads of 4 and 8 bytes.
public enum FixedWidth {
  /// Reads a little-endian `UInt32` at `offset`; the caller has checked 4 bytes remain.
  package static func loadUInt32(_ buffer: UnsafeRawBufferPointer, at offset: Int) -> UInt32 {
    UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
  }

  /// Reads a little-endian `UInt64` at `offset`; the caller has checked 8 bytes remain.
  package static func loadUInt64(_ buffer: UnsafeRawBufferPointer, at offset: Int) -> UInt64 {
    UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  /// Appends `value` as four little-endian bytes.
  public static func append(_ value: UInt32, to bytes: inout [UInt8]) {
    var remaining = value
    for _ in 0..<4 {
      bytes.append(UInt8(truncatingIfNeeded: remaining))
      remaining >>= 8
    }
  }

  /// Appends `value` as eight little-endian bytes.
  public static func append(_ value: UInt64, to bytes: inout [UInt8]) {
    var remaining = value
    for _ in 0..<8 {
      bytes.append(UInt8(truncatingIfNeeded: remaining))
      remaining >>= 8
    }
  }
}
