extension TelemetryView {
  /// Decodes one message from everything left in `reader`, with `varints` for every varint.
  ///
  /// The same fields, checks and errors, in the same order, as `TelemetryDecoder.decode`, so
  /// a corrupt input fails at the same offset with the same error; unknown fields are skipped
  /// by `ByteReader.skipField` exactly as there.
  package static func decode<Varints: VarintDecoding>(
    from reader: inout ByteReader, varints: Varints.Type, depth: Int = 0,
    depthLimit: Int = ByteReader.defaultDepthLimit
  ) throws(DecodeError) -> TelemetryView {
    var view = TelemetryView(reader.buffer)
    while !reader.isAtEnd {
      let tagOffset = reader.offset
      let tag = try reader.readTag(using: varints)
      switch (tag.fieldNumber, tag.wireType) {
      case (1, .varint): view.deviceID = try reader.readVarint32(using: varints)
      case (2, .varint):
        view.temperatureCenti = ZigZag.decode(try reader.readVarint32(using: varints))
      case (3, .varint): view.timestampMicros = try reader.readVarint(using: varints)
      case (4, .fixed32): view.sequence = try reader.readFixed32()
      case (5, .fixed64): view.latitude = try reader.readDouble()
      case (6, .varint): view.driftNanos = ZigZag.decode(try reader.readVarint(using: varints))
      case (7, .lengthDelimited):
        let label = try reader.readLengthDelimited(using: varints)
        guard UTF8Validation.isValid(label.bytes) else { throw .invalidUTF8(offset: label.offset) }
        view.label = label
      case (8, .lengthDelimited): view.payload = try reader.readLengthDelimited(using: varints)
      case (9, .varint):
        view.sampleSum &+= UInt64(try reader.readVarint32(using: varints))
        view.sampleCount += 1
      case (9, .lengthDelimited):
        var packed = reader.subReader(for: try reader.readLengthDelimited(using: varints))
        while !packed.isAtEnd {
          view.sampleSum &+= UInt64(try packed.readVarint32(using: varints))
          view.sampleCount += 1
        }
      case (10, .lengthDelimited):
        let body = try reader.readLengthDelimited(using: varints)
        guard depth < depthLimit else {
          throw .depthLimitExceeded(offset: tagOffset, limit: depthLimit)
        }
        var nested = reader.subReader(for: body)
        view.readingSum &+= try readingSum(
          from: &nested, varints: varints, depth: depth + 1, depthLimit: depthLimit)
        view.readingCount += 1
      default:
        try reader.skipField(tag, tagOffset: tagOffset, depth: depth, depthLimit: depthLimit)
      }
    }
    return view
  }

  /// Decodes one `Reading` from everything left in `reader` and returns its part of the
  /// digest; the same checks and errors as `TelemetryDecoder.decodeReading`.
  static func readingSum<Varints: VarintDecoding>(
    from reader: inout ByteReader, varints: Varints.Type, depth: Int, depthLimit: Int
  ) throws(DecodeError) -> UInt64 {
    // Singular fields: the last occurrence wins, as in the owned decoder.
    var sensorID: UInt32 = 0
    var value: UInt32 = 0
    var flags: UInt32 = 0
    var deltaSum: UInt64 = 0
    while !reader.isAtEnd {
      let tagOffset = reader.offset
      let tag = try reader.readTag(using: varints)
      switch (tag.fieldNumber, tag.wireType) {
      case (1, .varint): sensorID = try reader.readVarint32(using: varints)
      // A ZigZag value's digest part is its encoded form: the varint itself.
      case (2, .varint): value = try reader.readVarint32(using: varints)
      case (3, .fixed32): flags = try reader.readFixed32()
      case (4, .varint): deltaSum &+= UInt64(try reader.readVarint32(using: varints))
      case (4, .lengthDelimited):
        var packed = reader.subReader(for: try reader.readLengthDelimited(using: varints))
        while !packed.isAtEnd { deltaSum &+= UInt64(try packed.readVarint32(using: varints)) }
      default:
        try reader.skipField(tag, tagOffset: tagOffset, depth: depth, depthLimit: depthLimit)
      }
    }
    return UInt64(sensorID) &+ UInt64(value) &+ UInt64(flags) &+ deltaSum
  }

  /// Decodes a stream of length-delimited messages as views and sums their digests.
  ///
  /// With `VarintDecoder` this is the record fast path built on `loop`, so the benchmark can
  /// tell what the view saves from what the faster varints save.
  package static func summarize<Varints: VarintDecoding>(
    _ input: UnsafeRawBufferPointer, varints: Varints.Type
  ) throws(DecodeError) -> MessageStreamSummary {
    var reader = ByteReader(input)
    var summary = MessageStreamSummary(messageCount: 0, digestSum: 0)
    while !reader.isAtEnd {
      var body = reader.subReader(for: try reader.readLengthDelimited(using: varints))
      summary.digestSum &+= try decode(from: &body, varints: varints).digest
      summary.messageCount += 1
    }
    return summary
  }

  /// Decodes a stream of length-delimited messages as views, with the one-at-a-time varint
  /// decoder of `strategy` (`loop` included: the record fast path built on the reference).
  ///
  /// Not generic, so callers in other modules get the specialized decoders.
  public static func summarize(
    _ input: UnsafeRawBufferPointer, varintsOf strategy: DecodeStrategy
  ) throws(DecodeError) -> MessageStreamSummary {
    switch strategy {
    case .loop: return try summarize(input, varints: VarintDecoder.self)
    case .word, .bitmap: return try summarize(input, varints: WordVarintDecoder.self)
    case .simd: return try summarize(input, varints: SIMDVarintDecoder.self)
    }
  }
}
