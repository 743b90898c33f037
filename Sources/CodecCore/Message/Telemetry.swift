/// One sensor's reading inside a report: `edgebench.Reading` in Proto/telemetry.proto.
public struct Reading: Equatable, Sendable {
  /// Field 1, `uint32`.
  public var sensorID: UInt32
  /// Field 2, `sint32`.
  public var value: Int32
  /// Field 3, `fixed32`.
  public var flags: UInt32
  /// Field 4, packed `repeated sint32`.
  public var deltas: [Int32]

  /// Makes a reading; every field defaults to its proto3 default.
  public init(sensorID: UInt32 = 0, value: Int32 = 0, flags: UInt32 = 0, deltas: [Int32] = []) {
    self.sensorID = sensorID
    self.value = value
    self.flags = flags
    self.deltas = deltas
  }
}

/// A device's telemetry report: `edgebench.Telemetry` in Proto/telemetry.proto, the benchmark
/// message.
///
/// It mixes every shape a decoder meets in practice: short and long varints, ZigZag, fixed
/// width, a double, a string, bytes, a packed repeated field and a repeated nested message.
public struct Telemetry: Equatable, Sendable {
  /// Field 1, `uint32`.
  public var deviceID: UInt32
  /// Field 2, `sint32`.
  public var temperatureCenti: Int32
  /// Field 3, `uint64`.
  public var timestampMicros: UInt64
  /// Field 4, `fixed32`.
  public var sequence: UInt32
  /// Field 5, `double`.
  public var latitude: Double
  /// Field 6, `sint64`.
  public var driftNanos: Int64
  /// Field 7, `string`.
  public var label: String
  /// Field 8, `bytes`.
  public var payload: [UInt8]
  /// Field 9, packed `repeated uint32`.
  public var samples: [UInt32]
  /// Field 10, `repeated Reading`.
  public var readings: [Reading]

  /// Makes a report; every field defaults to its proto3 default.
  public init(
    deviceID: UInt32 = 0, temperatureCenti: Int32 = 0, timestampMicros: UInt64 = 0,
    sequence: UInt32 = 0, latitude: Double = 0, driftNanos: Int64 = 0, label: String = "",
    payload: [UInt8] = [], samples: [UInt32] = [], readings: [Reading] = []
  ) {
    self.deviceID = deviceID
    self.temperatureCenti = temperatureCenti
    self.timestampMicros = timestampMicros
    self.sequence = sequence
    self.latitude = latitude
    self.driftNanos = driftNanos
    self.label = label
    self.payload = payload
    self.samples = samples
    self.readings = readings
  }

  /// Field-by-field equality, comparing `latitude` by bit pattern so NaN equals itself and
  /// -0.0 differs from 0.0 — the distinction the wire format keeps.
  public static func == (lhs: Telemetry, rhs: Telemetry) -> Bool {
    lhs.deviceID == rhs.deviceID && lhs.temperatureCenti == rhs.temperatureCenti
      && lhs.timestampMicros == rhs.timestampMicros && lhs.sequence == rhs.sequence
      && lhs.latitude.bitPattern == rhs.latitude.bitPattern && lhs.driftNanos == rhs.driftNanos
      && lhs.label == rhs.label && lhs.payload == rhs.payload && lhs.samples == rhs.samples
      && lhs.readings == rhs.readings
  }
}
