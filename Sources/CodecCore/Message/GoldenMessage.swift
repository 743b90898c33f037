extension Telemetry {
  /// The golden message: one report that exercises every field, a multi-byte UTF-8 label, a zero
  /// inside a packed field and an empty nested message.
  ///
  /// Its encoding is committed (Tests/Fixtures/telemetry-golden.hex) and checked against
  /// protoc's, so any drift of the encoder is caught on every target.
  public static let golden = Telemetry(
    deviceID: 1234,
    temperatureCenti: -1800,
    timestampMicros: 1_764_370_000_123_456,
    sequence: 0xDEAD_BEEF,
    latitude: 52.3676,
    driftNanos: -123_456_789,
    label: "温室-north",
    payload: [0x00, 0x01, 0xFF, 0x7F],
    samples: [1, 300, 150, 0, 2048],
    readings: [
      Reading(sensorID: 3, value: -111, flags: 0xF000_000F, deltas: [-1, 1, 0, -2]),
      Reading(),
      Reading(sensorID: 16, value: -16),
    ])
}
