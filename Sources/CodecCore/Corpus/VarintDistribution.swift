/// How the byte lengths of a varint corpus are distributed — the property that matters to a
/// decoder, since it decides how often and how unpredictably each loop branches.
public enum VarintDistribution: SelectableByName, Sendable {
  /// Every value is 0...127: the best case for a byte-at-a-time loop.
  case oneByte
  /// 90% two-byte values, 5% one-byte, 5% three-byte.
  case mostlyTwoByte
  /// Lengths uniform over 1...10 bytes: maximally unpredictable for a length branch.
  case uniformLength
  /// Most values one byte, some two, few long: the shape of real protobuf traffic.
  case protobufSkew
  /// Uniform random 64-bit values: half are 10 bytes long.
  case uniformRandom64

  /// The corpus name users type and results record.
  public var name: String {
    switch self {
    case .oneByte: return "one-byte"
    case .mostlyTwoByte: return "two-byte"
    case .uniformLength: return "uniform-length"
    case .protobufSkew: return "protobuf-skew"
    case .uniformRandom64: return "random64"
    }
  }

  /// Per-mille weights of byte lengths 1...10 (index 0 is length 1); they sum to 1000.
  /// `uniformRandom64` draws raw 64-bit values instead and has none.
  var lengthWeights: [UInt64]? {
    switch self {
    case .oneByte: return [1000, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    case .mostlyTwoByte: return [50, 900, 50, 0, 0, 0, 0, 0, 0, 0]
    case .uniformLength: return [100, 100, 100, 100, 100, 100, 100, 100, 100, 100]
    case .protobufSkew: return [700, 200, 50, 20, 10, 4, 4, 4, 4, 4]
    case .uniformRandom64: return nil
    }
  }

  /// Draws the next value from `random`.
  func nextValue(_ random: inout SplitMix64) -> UInt64 {
    guard let weights = lengthWeights else { return random.next() }
    var pick = random.next(below: 1000)
    var length = 1
    for weight in weights {
      if pick < weight { break }
      pick -= weight
      length += 1
    }
    return Self.value(ofLength: length, random: &random)
  }

  /// A random value whose varint encoding is exactly `length` bytes (1...10).
  static func value(ofLength length: Int, random: inout SplitMix64) -> UInt64 {
    if length >= 10 { return (1 << 63) | (random.next() >> 1) }
    let low: UInt64 = length == 1 ? 0 : 1 << (7 * UInt64(length - 1))
    let high: UInt64 = (1 << (7 * UInt64(length))) - 1
    return low + random.next(below: high - low + 1)
  }
}
