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
  /// schema order, one compare of the next byte per field; at the first byte the chain did not
  /// expect, the rest of the reading goes to `decodeRest`, the general switch, so fields are
  /// still taken in input order. The same checks and errors as
  /// `TelemetryDecoder.decodeReading`; for a singular field the last value wins.
  ///
  /// One pass down the chain, not a loop back to its start after a surprise: with the loop,
  /// every field was a loop-carried value the optimizer shuffled between registers at each
  /// field and at each reading, 476 instructions per message in `readReadings` against 437
  /// (x86_64 callgrind, messages corpus).
  // Inlined: called once or twice per message; as a call it keeps the cursor in memory
  // (callgrind, messages corpus).
  @inline(__always)
  static func digest<Varints: VarintDecoding>(
    of reading: WireCursor, varints: Varints.Type, depth: Int, depthLimit: Int
  ) throws(DecodeError) -> UInt64 {
    var cursor = reading
    var fields = ReadingFields()
    var tag = cursor.nextByte
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
    }
    if cursor.isAtEnd { return fields.digest }
    return try decodeRest(fields, cursor, depth: depth, depthLimit: depthLimit).digest
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

  /// Decodes the rest of the reading from the field at `cursor`, whose tag the in-order path
  /// did not expect, each field exactly as `TelemetryDecoder.decodeReading`'s switch does.
  ///
  /// Out of line, optimized for size and not generic, as `TelemetryView.decodeRest` is (one
  /// copy on the reference varints); takes the fields and the cursor by value and returns the
  /// fields, so neither has its address taken and the caller keeps both in registers.
  @inline(never) @_optimize(size)
  static func decodeRest(
    _ before: ReadingFields, _ start: WireCursor, depth: Int, depthLimit: Int
  ) throws(DecodeError) -> ReadingFields {
    let varints = VarintDecoder.self
    var fields = before
    var cursor = start
    while !cursor.isAtEnd {
      let tagOffset = cursor.offset
      var reader = cursor.reader
      let tag = try reader.readTag(using: varints)
      cursor.offset = reader.offset
      switch (tag.fieldNumber, tag.wireType) {
      case (1, .varint): fields.sensorID = try cursor.varint32(varints)
      case (2, .varint): fields.value = try cursor.varint32(varints)
      case (3, .fixed32): fields.flags = try cursor.fixed32()
      case (4, .varint): fields.deltaSum &+= UInt64(try cursor.varint32(varints))
      case (4, .lengthDelimited): try fields.readPackedDeltas(&cursor, varints: varints)
      default:
        try reader.skipField(tag, tagOffset: tagOffset, depth: depth, depthLimit: depthLimit)
        cursor.offset = reader.offset
      }
    }
    return fields
  }
}
