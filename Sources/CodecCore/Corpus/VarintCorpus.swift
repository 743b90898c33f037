/// A deterministic buffer of concatenated varints: no header, so any program can read it.
///
/// The same distribution, seed and count give the same bytes on every target; `checksum`
/// (FNV-1a 64 of the bytes) and `valueSum` (wrapping sum of the values) prove it on a board.
public struct VarintCorpus: Sendable {
  /// The distribution the values were drawn from.
  public let distribution: VarintDistribution
  /// The generator seed.
  public let seed: UInt64
  /// The encoded varints, back to back.
  public let bytes: [UInt8]
  /// How many varints `bytes` holds.
  public let valueCount: Int
  /// The wrapping sum of every value: what a correct decoder's values must add up to.
  public let valueSum: UInt64
  /// FNV-1a 64 of `bytes`.
  public let checksum: UInt64

  /// Generates `valueCount` values from `distribution`, seeded by `seed`.
  public init(_ distribution: VarintDistribution, valueCount: Int, seed: UInt64) {
    var random = SplitMix64(seed: seed)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(valueCount * 3)
    var sum: UInt64 = 0
    for _ in 0..<max(valueCount, 0) {
      let value = distribution.nextValue(&random)
      sum &+= value
      Varint.append(value, to: &bytes)
    }
    self.distribution = distribution
    self.seed = seed
    self.bytes = bytes
    self.valueCount = max(valueCount, 0)
    self.valueSum = sum
    self.checksum = FNV1a64.hash(bytes)
  }

  /// The corpus name users type and results record.
  public var name: String { distribution.name }

  /// Average encoded bytes per value.
  public var bytesPerValue: Double {
    valueCount == 0 ? 0 : Double(bytes.count) / Double(valueCount)
  }

  /// Values in a built-in corpus: 64 Ki, about 64 KiB to 600 KiB depending on the distribution,
  /// so the largest still fits the L2 or L3 cache of small boards.
  public static let builtInValueCount = 65_536

  /// The seed of a built-in corpus: fixed, and different per distribution.
  public static func builtInSeed(for distribution: VarintDistribution) -> UInt64 {
    var index: UInt64 = 0
    for candidate in VarintDistribution.allCases {
      if candidate == distribution { break }
      index += 1
    }
    return 0xED6E_BE4C_0000_0000 | index
  }

  /// The built-in corpus for `distribution`.
  public static func builtIn(_ distribution: VarintDistribution) -> VarintCorpus {
    VarintCorpus(
      distribution, valueCount: builtInValueCount, seed: builtInSeed(for: distribution))
  }
}
