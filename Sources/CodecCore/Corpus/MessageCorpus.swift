/// A deterministic stream of length-delimited `Telemetry` messages (see `MessageStream`).
///
/// Field values follow what edge devices send: small device ids, temperatures of either sign,
/// microsecond timestamps that grow, short labels (some non-ASCII), small payloads, a few
/// packed samples and nested readings.
public struct MessageCorpus: Sendable {
  /// The generator seed.
  public let seed: UInt64
  /// The framed messages, back to back.
  public let bytes: [UInt8]
  /// How many messages `bytes` holds.
  public let messageCount: Int
  /// The wrapping sum of every message's `digest`: what a correct decoder must reproduce.
  public let valueSum: UInt64
  /// FNV-1a 64 of `bytes`.
  public let checksum: UInt64

  /// Generates `messageCount` messages seeded by `seed`.
  public init(messageCount: Int, seed: UInt64) {
    var random = SplitMix64(seed: seed)
    var writer = ByteWriter()
    var sum: UInt64 = 0
    for index in 0..<max(messageCount, 0) {
      let message = Self.message(index: index, random: &random)
      sum &+= message.digest
      writer.writeVarint(UInt64(TelemetryEncoder.encodedSize(of: message)))
      TelemetryEncoder.write(message, to: &writer)
    }
    self.seed = seed
    self.bytes = writer.bytes
    self.messageCount = max(messageCount, 0)
    self.valueSum = sum
    self.checksum = FNV1a64.hash(writer.bytes)
  }

  /// The corpus name users type and results record.
  public static let name = "messages"

  /// Messages in the built-in corpus.
  public static let builtInMessageCount = 4_096

  /// The built-in message corpus.
  public static func builtIn() -> MessageCorpus {
    MessageCorpus(messageCount: builtInMessageCount, seed: 0xED6E_BE4C_0000_0100)
  }

  private static let labels = ["boiler-room", "roof", "cold-store", "kühlraum", "serre-nord", "温室"]

  /// The `index`th message of a corpus.
  static func message(index: Int, random: inout SplitMix64) -> Telemetry {
    var message = Telemetry()
    message.deviceID = UInt32(random.next(below: 5_000))
    message.temperatureCenti = Int32(random.next(in: -4_000...6_000))
    message.timestampMicros =
      1_764_000_000_000_000 &+ UInt64(index) &* 1_000_000
      &+ random.next(below: 1_000)
    message.sequence = UInt32(truncatingIfNeeded: index)
    // 53 random bits scaled exactly into [-90, 90): the same double on every IEEE-754 target.
    message.latitude = Double(random.next() >> 11) * 0x1p-53 * 180 - 90
    message.driftNanos = random.next(below: 4) == 0 ? random.next(in: -1 << 40...1 << 40) : 0
    message.label = labels[Int(random.next(below: UInt64(labels.count)))]
    message.payload = (0..<random.next(below: 33)).map { _ in
      UInt8(truncatingIfNeeded: random.next())
    }
    message.samples = (0..<random.next(below: 17)).map { _ in
      UInt32(VarintDistribution.protobufSkew.nextValue(&random) & 0xFFFF_FFFF)
    }
    message.readings = (0..<random.next(below: 5)).map { _ in
      Reading(
        sensorID: UInt32(random.next(below: 64)),
        value: Int32(random.next(in: -100_000...100_000)),
        flags: UInt32(truncatingIfNeeded: random.next()),
        deltas: (0..<random.next(below: 9)).map { _ in Int32(random.next(in: -300...300)) })
    }
    return message
  }
}

extension Telemetry {
  /// A wrapping sum over every field, so two decoders can show they decoded the same message
  /// without comparing structures (a peer program in another language computes the same).
  public var digest: UInt64 {
    var sum = UInt64(deviceID) &+ UInt64(ZigZag.encode(temperatureCenti)) &+ timestampMicros
    sum &+= UInt64(sequence) &+ latitude.bitPattern &+ ZigZag.encode(driftNanos)
    for byte in label.utf8 { sum &+= UInt64(byte) }
    for byte in payload { sum &+= UInt64(byte) }
    for sample in samples { sum &+= UInt64(sample) }
    for reading in readings {
      sum &+= UInt64(reading.sensorID) &+ UInt64(ZigZag.encode(reading.value))
      sum &+= UInt64(reading.flags)
      for delta in reading.deltas { sum &+= UInt64(ZigZag.encode(delta)) }
    }
    return sum
  }
}
