extension TelemetryView {
  /// Decodes the one field at `cursor` whose tag the in-order decoder did not expect, exactly
  /// as `TelemetryDecoder.decode`'s switch does: the general path of the record decoder.
  ///
  /// Out of line, optimized for size and not generic: it runs only on inputs the encoder does
  /// not write (and for a bad tag, whose error it raises), and the aarch64 board binary must
  /// stay under 1 MiB, so one copy on the reference varints serves every strategy (each
  /// returns the reference's values and errors). It takes the cursor by value and returns
  /// where the field ends, so the caller's cursor never has its address taken.
  @inline(never) @_optimize(size)
  static func decodeSurprise(
    _ start: WireCursor, into view: inout TelemetryView, depth: Int, depthLimit: Int
  ) throws(DecodeError) -> Int {
    let varints = VarintDecoder.self
    var cursor = start
    let tagOffset = cursor.offset
    var reader = cursor.reader
    let tag = try reader.readTag(using: varints)
    cursor.offset = reader.offset
    switch (tag.fieldNumber, tag.wireType) {
    case (1, .varint): view.deviceID = try cursor.varint32(varints)
    case (2, .varint): view.temperatureCenti = ZigZag.decode(try cursor.varint32(varints))
    case (3, .varint): view.timestampMicros = try cursor.varint(varints)
    case (4, .fixed32): view.sequence = try cursor.fixed32()
    case (5, .fixed64): view.latitude = Double(bitPattern: try cursor.fixed64())
    case (6, .varint): view.driftNanos = ZigZag.decode(try cursor.varint(varints))
    case (7, .lengthDelimited): try readLabel(&cursor, into: &view, varints: varints)
    case (8, .lengthDelimited): try readPayload(&cursor, into: &view, varints: varints)
    case (9, .varint):
      view.sampleSum &+= UInt64(try cursor.varint32(varints))
      view.sampleCount &+= 1
    case (9, .lengthDelimited): try readPackedSamples(&cursor, into: &view, varints: varints)
    case (10, .lengthDelimited):
      try readReading(
        &cursor, into: &view.readingSum, count: &view.readingCount, tagOffset: tagOffset,
        varints: varints, depth: depth, depthLimit: depthLimit)
    default:
      try reader.skipField(tag, tagOffset: tagOffset, depth: depth, depthLimit: depthLimit)
      cursor.offset = reader.offset
    }
    return cursor.offset
  }
}
