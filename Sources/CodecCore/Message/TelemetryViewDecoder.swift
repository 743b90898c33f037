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
    // No base address means no bytes: the reader is at its end, the message empty.
    guard let base = reader.buffer.baseAddress else { return TelemetryView(reader.buffer) }
    let cursor = WireCursor(reader.buffer, base: base, offset: reader.offset, end: reader.end)
    let view = try decodeFields(cursor, varints: varints, depth: depth, depthLimit: depthLimit)
    // A message is read to its end or not at all.
    reader.skip(to: reader.end)
    return view
  }

  /// Decodes the message that fills `cursor`: the per-schema in-order decoder.
  ///
  /// The encoder writes fields in number order, each tag in one byte, and proto3 leaves out
  /// defaults, so each field is found by one compare of the next byte with the tag expected
  /// next; an absent field costs that one compare. Any other byte (a field out of order or
  /// repeated, an unknown field, an unpacked sample, a longer tag, a bad tag) goes through
  /// `decodeSurprise`, the general switch, for that one field; then the chain starts again
  /// from field 1, so fields are still taken in input order and the last value wins.
  ///
  /// Takes the cursor by value: a local copy that no call can see stays in registers.
  static func decodeFields<Varints: VarintDecoding>(
    _ message: WireCursor, varints: Varints.Type, depth: Int, depthLimit: Int
  ) throws(DecodeError) -> TelemetryView {
    typealias Tags = WireTags.Telemetry
    var cursor = message
    var view = TelemetryView(cursor.buffer)
    var tag = cursor.nextByte
    while true {
      if tag == Tags.deviceID {
        cursor.offset &+= 1
        view.deviceID = try cursor.varint32(varints)
        tag = cursor.nextByte
      }
      if tag == Tags.temperatureCenti {
        cursor.offset &+= 1
        view.temperatureCenti = ZigZag.decode(try cursor.varint32(varints))
        tag = cursor.nextByte
      }
      if tag == Tags.timestampMicros {
        cursor.offset &+= 1
        view.timestampMicros = try cursor.longVarint(varints)
        tag = cursor.nextByte
      }
      if tag == Tags.sequence {
        cursor.offset &+= 1
        view.sequence = try cursor.fixed32()
        tag = cursor.nextByte
      }
      if tag == Tags.latitude {
        cursor.offset &+= 1
        view.latitude = Double(bitPattern: try cursor.fixed64())
        tag = cursor.nextByte
      }
      if tag == Tags.driftNanos {
        cursor.offset &+= 1
        view.driftNanos = ZigZag.decode(try cursor.longVarint(varints))
        tag = cursor.nextByte
      }
      if tag == Tags.label {
        cursor.offset &+= 1
        try readLabel(&cursor, into: &view, varints: varints)
        tag = cursor.nextByte
      }
      if tag == Tags.payload {
        cursor.offset &+= 1
        try readPayload(&cursor, into: &view, varints: varints)
        tag = cursor.nextByte
      }
      if tag == Tags.samples {
        cursor.offset &+= 1
        try readPackedSamples(&cursor, into: &view, varints: varints)
        tag = cursor.nextByte
      }
      if tag == Tags.readings {
        cursor.offset = try readReadings(
          cursor, into: &view, varints: varints, depth: depth, depthLimit: depthLimit)
        tag = cursor.nextByte
      }
      if cursor.isAtEnd { return view }
      cursor.offset = try decodeSurprise(
        cursor, into: &view, depth: depth, depthLimit: depthLimit)
      tag = cursor.nextByte
    }
  }

  /// Decodes a stream of length-delimited messages as views and sums their digests.
  ///
  /// With `VarintDecoder` this is the record fast path built on `loop`, so the benchmark can
  /// tell what the view saves from what the faster varints save.
  package static func summarize<Varints: VarintDecoding>(
    _ input: UnsafeRawBufferPointer, varints: Varints.Type
  ) throws(DecodeError) -> MessageStreamSummary {
    var summary = MessageStreamSummary(messageCount: 0, digestSum: 0)
    guard let base = input.baseAddress else { return summary }
    var stream = WireCursor(input, base: base, offset: 0, end: input.count)
    while !stream.isAtEnd {
      let (start, count) = try stream.lengthDelimited(varints)
      summary.digestSum &+= try decodeFields(
        stream.sub(start: start, count: count), varints: varints, depth: 0,
        depthLimit: ByteReader.defaultDepthLimit
      ).digest
      summary.messageCount &+= 1
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
