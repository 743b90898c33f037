/// ZigZag mapping of signed integers to unsigned ones, as protobuf's `sint32`/`sint64` use it.
///
/// Small magnitudes of either sign map to small unsigned values (0→0, −1→1, 1→2, −2→3), so they
/// stay short as varints.
public enum ZigZag {
  /// Maps a signed 32-bit value to its ZigZag unsigned form.
  public static func encode(_ value: Int32) -> UInt32 {
    UInt32(bitPattern: (value &<< 1) ^ (value >> 31))
  }

  /// Maps a signed 64-bit value to its ZigZag unsigned form.
  public static func encode(_ value: Int64) -> UInt64 {
    UInt64(bitPattern: (value &<< 1) ^ (value >> 63))
  }

  /// Maps a ZigZag unsigned 32-bit value back to its signed value.
  public static func decode(_ value: UInt32) -> Int32 {
    Int32(bitPattern: (value >> 1) ^ (0 &- (value & 1)))
  }

  /// Maps a ZigZag unsigned 64-bit value back to its signed value.
  public static func decode(_ value: UInt64) -> Int64 {
    Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1)))
  }
}
