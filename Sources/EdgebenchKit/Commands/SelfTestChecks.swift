import CodecCore

/// One named self-test check.
public struct SelfTestCheck: Sendable {
  /// What it checks.
  public let name: String
  /// Runs it: true when it passed.
  public let run: @Sendable () -> Bool
}

/// The checks `edgebench selftest` runs; data here is fixed, so any target must agree with it.
public enum SelfTestChecks {
  /// The encoding of `goldenMessage`, as protoc writes it (Tests/Fixtures/telemetry-golden.hex).
  public static let goldenHex =
    "08d209108f1c18c0acf0b8f695910325efbeadde293b014d840d2f4a4030a9b4de753a"
    + "0ce6b8a9e5aea42d6e6f72746842040001ff7f4a0801ac0296010080105210080310dd"
    + "011d0f0000f0220401020003520052040810101f"

  /// All checks, in order.
  public static let all: [SelfTestCheck] = [
    SelfTestCheck(name: "varint vectors (protobuf encoding guide)", run: varintVectors),
    SelfTestCheck(name: "zigzag vectors", run: zigzagVectors),
    SelfTestCheck(name: "golden message encodes to the committed bytes", run: goldenEncodes),
    SelfTestCheck(name: "golden message decodes back", run: goldenDecodes),
    SelfTestCheck(name: "every corpus decodes to its count and sum", run: corporaDecode),
    SelfTestCheck(
      name: "every decode strategy agrees with loop (values, errors, offsets)",
      run: { StrategyCrossCheck.firstDisagreement() == nil }),
  ]

  private static func varintVectors() -> Bool {
    let vectors: [(UInt64, [UInt8])] = [
      (1, [0x01]), (150, [0x96, 0x01]), (300, [0xAC, 0x02]),
      (UInt64.max, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]),
    ]
    for (value, bytes) in vectors {
      guard Varint.encode(value) == bytes else { return false }
      guard let decoded = try? VarintDecoder.decode(bytes), decoded.value == value,
        decoded.length == bytes.count
      else { return false }
    }
    return true
  }

  private static func zigzagVectors() -> Bool {
    ZigZag.encode(Int32(0)) == 0 && ZigZag.encode(Int32(-1)) == 1 && ZigZag.encode(Int32(1)) == 2
      && ZigZag.encode(Int32(-2)) == 3 && ZigZag.encode(Int32.max) == 0xFFFF_FFFE
      && ZigZag.encode(Int32.min) == 0xFFFF_FFFF && ZigZag.encode(Int64.min) == UInt64.max
      && ZigZag.decode(UInt64.max) == Int64.min
  }

  private static func goldenEncodes() -> Bool {
    HexBytes.encode(TelemetryEncoder.encode(.golden)) == goldenHex
  }

  private static func goldenDecodes() -> Bool {
    guard let bytes = HexBytes.decode(goldenHex) else { return false }
    return (try? TelemetryDecoder.decode(bytes)) == .golden
  }

  private static func corporaDecode() -> Bool {
    for name in BuiltInCorpus.names {
      guard let corpus = BuiltInCorpus.named(name) else { return false }
      guard case .success = DecodeTiming.measure(corpus, iterations: 1) else { return false }
    }
    return true
  }
}
