/// The one-byte tags the encoder writes for each field, in schema order: what the in-order
/// decoders compare the next byte with.
///
/// A tag is `fieldNumber << 3 | wireType`; fields 1...15 take one byte. Anything else — another
/// wire type, a longer (or non-minimal) tag, an unknown field — is a surprise for the general
/// path, which decodes the tag in full.
enum WireTags {
  /// `Telemetry`'s fields 1...10, as `TelemetryEncoder` writes them (samples packed).
  enum Telemetry {
    static let deviceID: UInt8 = 1 << 3 | 0
    static let temperatureCenti: UInt8 = 2 << 3 | 0
    static let timestampMicros: UInt8 = 3 << 3 | 0
    static let sequence: UInt8 = 4 << 3 | 5
    static let latitude: UInt8 = 5 << 3 | 1
    static let driftNanos: UInt8 = 6 << 3 | 0
    static let label: UInt8 = 7 << 3 | 2
    static let payload: UInt8 = 8 << 3 | 2
    static let samples: UInt8 = 9 << 3 | 2
    static let readings: UInt8 = 10 << 3 | 2
  }

  /// `Reading`'s fields 1...4 (deltas packed).
  enum Reading {
    static let sensorID: UInt8 = 1 << 3 | 0
    static let value: UInt8 = 2 << 3 | 0
    static let flags: UInt8 = 3 << 3 | 5
    static let deltas: UInt8 = 4 << 3 | 2
  }
}
