/// Encodes `Telemetry` exactly as protobuf's reference implementation does: fields in
/// field-number order, proto3 defaults omitted, repeated scalars packed.
public enum TelemetryEncoder {
  /// The encoded bytes of `message`.
  public static func encode(_ message: Telemetry) -> [UInt8] {
    var writer = ByteWriter(capacity: encodedSize(of: message))
    write(message, to: &writer)
    return writer.bytes
  }

  /// Appends `message` to `writer`, with no length prefix.
  public static func write(_ message: Telemetry, to writer: inout ByteWriter) {
    if message.deviceID != 0 {
      writer.writeTag(1, .varint)
      writer.writeVarint(message.deviceID)
    }
    if message.temperatureCenti != 0 {
      writer.writeTag(2, .varint)
      writer.writeZigZag(message.temperatureCenti)
    }
    if message.timestampMicros != 0 {
      writer.writeTag(3, .varint)
      writer.writeVarint(message.timestampMicros)
    }
    if message.sequence != 0 {
      writer.writeTag(4, .fixed32)
      writer.writeFixed32(message.sequence)
    }
    // protobuf tests the bit pattern, so -0.0 and NaN are written and only +0.0 is omitted.
    if message.latitude.bitPattern != 0 {
      writer.writeTag(5, .fixed64)
      writer.writeDouble(message.latitude)
    }
    if message.driftNanos != 0 {
      writer.writeTag(6, .varint)
      writer.writeZigZag(message.driftNanos)
    }
    if !message.label.isEmpty {
      writer.writeTag(7, .lengthDelimited)
      writer.writeLengthDelimited(message.label.utf8)
    }
    if !message.payload.isEmpty {
      writer.writeTag(8, .lengthDelimited)
      writer.writeLengthDelimited(message.payload)
    }
    if !message.samples.isEmpty {
      writer.writeTag(9, .lengthDelimited)
      writer.writeVarint(UInt64(packedSize(of: message.samples)))
      for sample in message.samples { writer.writeVarint(sample) }
    }
    for reading in message.readings {
      writer.writeTag(10, .lengthDelimited)
      writer.writeVarint(UInt64(encodedSize(of: reading)))
      write(reading, to: &writer)
    }
  }

  /// Appends `reading` to `writer`, with no length prefix.
  public static func write(_ reading: Reading, to writer: inout ByteWriter) {
    if reading.sensorID != 0 {
      writer.writeTag(1, .varint)
      writer.writeVarint(reading.sensorID)
    }
    if reading.value != 0 {
      writer.writeTag(2, .varint)
      writer.writeZigZag(reading.value)
    }
    if reading.flags != 0 {
      writer.writeTag(3, .fixed32)
      writer.writeFixed32(reading.flags)
    }
    if !reading.deltas.isEmpty {
      writer.writeTag(4, .lengthDelimited)
      writer.writeVarint(UInt64(packedSize(of: reading.deltas)))
      for delta in reading.deltas { writer.writeZigZag(delta) }
    }
  }

  /// The encoded size of `message` in bytes, without a length prefix.
  public static func encodedSize(of message: Telemetry) -> Int {
    var size = 0
    if message.deviceID != 0 { size += 1 + Varint.encodedSize(of: message.deviceID) }
    if message.temperatureCenti != 0 {
      size += 1 + Varint.encodedSize(of: ZigZag.encode(message.temperatureCenti))
    }
    if message.timestampMicros != 0 { size += 1 + Varint.encodedSize(of: message.timestampMicros) }
    if message.sequence != 0 { size += 1 + 4 }
    if message.latitude.bitPattern != 0 { size += 1 + 8 }
    if message.driftNanos != 0 {
      size += 1 + Varint.encodedSize(of: ZigZag.encode(message.driftNanos))
    }
    if !message.label.isEmpty { size += 1 + delimitedSize(message.label.utf8.count) }
    if !message.payload.isEmpty { size += 1 + delimitedSize(message.payload.count) }
    if !message.samples.isEmpty { size += 1 + delimitedSize(packedSize(of: message.samples)) }
    for reading in message.readings { size += 1 + delimitedSize(encodedSize(of: reading)) }
    return size
  }

  /// The encoded size of `reading` in bytes, without a length prefix.
  public static func encodedSize(of reading: Reading) -> Int {
    var size = 0
    if reading.sensorID != 0 { size += 1 + Varint.encodedSize(of: reading.sensorID) }
    if reading.value != 0 { size += 1 + Varint.encodedSize(of: ZigZag.encode(reading.value)) }
    if reading.flags != 0 { size += 1 + 4 }
    if !reading.deltas.isEmpty { size += 1 + delimitedSize(packedSize(of: reading.deltas)) }
    return size
  }

  private static func delimitedSize(_ count: Int) -> Int {
    Varint.encodedSize(of: UInt64(count)) + count
  }

  private static func packedSize(of values: [UInt32]) -> Int {
    var size = 0
    for value in values { size += Varint.encodedSize(of: value) }
    return size
  }

  private static func packedSize(of values: [Int32]) -> Int {
    var size = 0
    for value in values { size += Varint.encodedSize(of: ZigZag.encode(value)) }
    return size
  }
}
