/// Decodes `Telemetry` from any valid protobuf encoding, not only the one the encoder writes.
///
/// Fields may come in any order; unknown fields of every wire type are skipped; a known field
/// with an unexpected wire type is treated as unknown (as protobuf does); repeated scalars are
/// accepted packed or unpacked, and several packed runs concatenate; for a singular field the
/// last value wins.
public enum TelemetryDecoder {
  /// Decodes one message that fills all of `bytes`.
  public static func decode(
    _ bytes: [UInt8], depthLimit: Int = ByteReader.defaultDepthLimit
  ) throws(DecodeError) -> Telemetry {
    try ByteReader.read(bytes) { (reader) throws(DecodeError) in
      try decode(from: &reader, depthLimit: depthLimit)
    }
  }

  /// Decodes one message from everything left in `reader`.
  public static func decode(
    from reader: inout ByteReader, depth: Int = 0, depthLimit: Int = ByteReader.defaultDepthLimit
  ) throws(DecodeError) -> Telemetry {
    var message = Telemetry()
    while !reader.isAtEnd {
      let tagOffset = reader.offset
      let tag = try reader.readTag()
      switch (tag.fieldNumber, tag.wireType) {
      case (1, .varint): message.deviceID = try reader.readVarint32()
      case (2, .varint): message.temperatureCenti = try reader.readZigZag32()
      case (3, .varint): message.timestampMicros = try reader.readVarint()
      case (4, .fixed32): message.sequence = try reader.readFixed32()
      case (5, .fixed64): message.latitude = try reader.readDouble()
      case (6, .varint): message.driftNanos = try reader.readZigZag64()
      case (7, .lengthDelimited): message.label = try reader.readLengthDelimited().validatedString()
      case (8, .lengthDelimited): message.payload = try reader.readLengthDelimited().copyBytes()
      case (9, .varint): message.samples.append(try reader.readVarint32())
      case (9, .lengthDelimited):
        var packed = reader.subReader(for: try reader.readLengthDelimited())
        while !packed.isAtEnd { message.samples.append(try packed.readVarint32()) }
      case (10, .lengthDelimited):
        let view = try reader.readLengthDelimited()
        guard depth < depthLimit else {
          throw .depthLimitExceeded(offset: tagOffset, limit: depthLimit)
        }
        var nested = reader.subReader(for: view)
        message.readings.append(
          try decodeReading(from: &nested, depth: depth + 1, depthLimit: depthLimit))
      default:
        try reader.skipField(tag, tagOffset: tagOffset, depth: depth, depthLimit: depthLimit)
      }
    }
    return message
  }

  /// Decodes one `Reading` from everything left in `reader`.
  public static func decodeReading(
    from reader: inout ByteReader, depth: Int = 0, depthLimit: Int = ByteReader.defaultDepthLimit
  ) throws(DecodeError) -> Reading {
    var reading = Reading()
    while !reader.isAtEnd {
      let tagOffset = reader.offset
      let tag = try reader.readTag()
      switch (tag.fieldNumber, tag.wireType) {
      case (1, .varint): reading.sensorID = try reader.readVarint32()
      case (2, .varint): reading.value = try reader.readZigZag32()
      case (3, .fixed32): reading.flags = try reader.readFixed32()
      case (4, .varint): reading.deltas.append(try reader.readZigZag32())
      case (4, .lengthDelimited):
        var packed = reader.subReader(for: try reader.readLengthDelimited())
        while !packed.isAtEnd { reading.deltas.append(try packed.readZigZag32()) }
      default:
        try reader.skipField(tag, tagOffset: tagOffset, depth: depth, depthLimit: depthLimit)
      }
    }
    return reading
  }
}
