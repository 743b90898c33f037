/// One `Reading` as the record fast path keeps it: its scalars and the sum of its deltas,
/// which is all `Telemetry.digest` takes from it.
struct ReadingFields {
  /// Field 1, `uint32`.
  var sensorID: UInt32 = 0
  /// Field 2, `sint32`, still ZigZag-encoded: its digest part is the encoded form.
  var value: UInt32 = 0
  /// Field 3, `fixed32`.
  var flags: UInt32 = 0
  /// The wrapping sum of field 4's values, ZigZag-encoded, over all its runs.
  var deltaSum: UInt64 = 0

  /// This reading's part of `Telemetry.digest`.
  var digest: UInt64 { UInt64(sensorID) &+ UInt64(value) &+ UInt64(flags) &+ deltaSum }

  /// Decodes the `Reading` that fills `cursor` and returns its digest part: fields expected in
  /// schema order, one compare of the next byte per field, anything else through
  /// `decodeSurprise` and then on in order. The same checks and errors as
  /// `TelemetryDecoder.decodeReading`; for a singular field the last value wins.
  // Inlined: called once or twice per message; as a call it keeps the cursor in memory
  // (callgrind, messages corpus).
  @inline(__always)
  static func digest<Varints: VarintDecoding>(
    of reading: WireCursor, varints: Varints.Type, depth: Int, depthLimit: Int
  ) throws(DecodeError) -> UInt64 {
    var cursor = reading
    var fields = ReadingFields()
    var tag = cursor.nextByte
    while true {
      if tag == WireTags.Reading.sensorID {
        cursor.offset &+= 1
        fields.sensorID = try cursor.varint32(varints)
        tag = cursor.nextByte
      }
      if tag == WireTags.Reading.value {
        cursor.offset &+= 1
        fields.value = try cursor.varint32(varints)
        tag = cursor.nextByte
      }
      if tag == WireTags.Reading.flags {
        cursor.offset &+= 1
        fields.flags = try cursor.fixed32()
        tag = cursor.nextByte
      }
      if tag == WireTags.Reading.deltas {
        cursor.offset &+= 1
        try fields.readPackedDeltas(&cursor, varints: varints)
        tag = cursor.nextByte
      }
      if cursor.isAtEnd { return fields.digest }
      cursor.offset = try fields.decodeSurprise(cursor, depth: depth, depthLimit: depthLimit)
      tag = cursor.nextByte
    }
  }

  /// Field 4 packed: every delta summed, none stored.
  // Inlined: called once or twice per message; as a call it keeps the cursor in memory
  // (callgrind, messages corpus).
  @inline(__always)
  mutating func readPackedDeltas<Varints: VarintDecoding>(
    _ cursor: inout WireCursor, varints: Varints.Type
  ) throws(DecodeError) {
    let (start, count) = try cursor.lengthDelimited(varints)
    deltaSum &+= try cursor.packedSum32(start: start, count: count, varints).sum
  }

  /// Decodes the one field at `cursor` whose tag the in-order path did not expect, exactly as
  /// `TelemetryDecoder.decodeReading`'s switch does.
  ///
  /// Out of line, optimized for size and not generic, as `TelemetryView.decodeSurprise` is
  /// (one copy on the reference varints); takes the cursor by value and returns where the
  /// field ends, so the caller's cursor stays in registers.
  @inline(never) @_optimize(size)
  mutating func decodeSurprise(
    _ start: WireCursor, depth: Int, depthLimit: Int
  ) throws(DecodeError) -> Int {
    let varints = VarintDecoder.self
    var cursor = start
    let tagOffset = cursor.offset
    var reader = cursor.reader
    let tag = try reader.readTag(using: varints)
    cursor.offset = reader.offset
    switch (tag.fieldNumber, tag.wireType) {
    case (1, .varint): sensorID = try cursor.varint32(varints)
    case (2, .varint): value = try cursor.varint32(varints)
    case (3, .fixed32): flags = try cursor.fixed32()
    case (4, .varint): deltaSum &+= UInt64(try cursor.varint32(varints))
    case (4, .lengthDelimited): try readPackedDeltas(&cursor, varints: varints)
    default:
      try reader.skipField(tag, tagOffset: tagOffset, depth: depth, depthLimit: depthLimit)
      cursor.offset = reader.offset
    }
    return cursor.offset
  }
}
