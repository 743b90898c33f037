/// FNV-1a, 64-bit: the checksum that proves two targets generated the same corpus bytes.
///
/// Chosen for being trivially portable (any peer program can compute it in a few lines), not
/// for strength.
public struct FNV1a64 {
  /// The running hash.
  public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

  /// Starts an empty hash.
  public init() {}

  /// Mixes `bytes` into the hash.
  public mutating func combine(_ bytes: some Sequence<UInt8>) {
    var hash = value
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    value = hash
  }

  /// The hash of `bytes`.
  public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var hasher = FNV1a64()
    hasher.combine(bytes)
    return hasher.value
  }
}
