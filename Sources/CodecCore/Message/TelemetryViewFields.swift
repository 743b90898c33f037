/// The record fast path's field readers: one per field that is more than a scalar, shared by
/// the in-order decoder (which found the field by one compare of its tag byte) and the general
/// path (which decoded a surprising tag in full), so both decode a field the same way.
///
/// Each starts with the cursor just past the field's tag and raises `TelemetryDecoder`'s
/// errors at its offsets.
extension TelemetryView {
  /// Field 7: a view of the label, checked as UTF-8 in place.
  // Inlined: each is one call per field per message from the in-order decoder, and as calls
  // they keep the cursor in memory (callgrind, messages corpus).
  @inline(__always)
  static func readLabel<Varints: VarintDecoding>(
    _ cursor: inout WireCursor, into view: inout TelemetryView, varints: Varints.Type
  ) throws(DecodeError) {
    let (start, count) = try cursor.lengthDelimited(varints)
    let label = cursor.view(start: start, count: count)
    guard UTF8Validation.isValid(label.bytes) else { throw .invalidUTF8(offset: start) }
    view.label = label
  }

  /// Field 8: a view of the payload.
  // Inlined: each is one call per field per message from the in-order decoder, and as calls
  // they keep the cursor in memory (callgrind, messages corpus).
  @inline(__always)
  static func readPayload<Varints: VarintDecoding>(
    _ cursor: inout WireCursor, into view: inout TelemetryView, varints: Varints.Type
  ) throws(DecodeError) {
    let (start, count) = try cursor.lengthDelimited(varints)
    view.payload = cursor.view(start: start, count: count)
  }

  /// Field 9 packed: every value of the run counted and summed, none stored.
  ///
  /// One value at a time: in the corpus a run holds about 8 values of 1–5 bytes, too few and
  /// too mixed for a bulk decoder's set-up to pay.
  // Inlined: each is one call per field per message from the in-order decoder, and as calls
  // they keep the cursor in memory (callgrind, messages corpus).
  @inline(__always)
  static func readPackedSamples<Varints: VarintDecoding>(
    _ cursor: inout WireCursor, into view: inout TelemetryView, varints: Varints.Type
  ) throws(DecodeError) {
    let (start, count) = try cursor.lengthDelimited(varints)
    let (sum, values) = try cursor.packedSum32(start: start, count: count, varints)
    view.sampleSum &+= sum
    view.sampleCount &+= values
  }

  /// Field 10: one `Reading`, folded into the readings' digest part `sum` and `count`.
  /// - Parameter tagOffset: where the field's tag started, for the depth-limit error.
  // Inlined: each is one call per field per message from the in-order decoder, and as calls
  // they keep the cursor in memory (callgrind, messages corpus).
  @inline(__always)
  static func readReading<Varints: VarintDecoding>(
    _ cursor: inout WireCursor, into sum: inout UInt64, count: inout Int, tagOffset: Int,
    varints: Varints.Type, depth: Int, depthLimit: Int
  ) throws(DecodeError) {
    let (start, length) = try cursor.lengthDelimited(varints)
    guard depth < depthLimit else {
      throw .depthLimitExceeded(offset: tagOffset, limit: depthLimit)
    }
    sum &+= try ReadingFields.digest(
      of: cursor.sub(start: start, count: length), varints: varints, depth: depth &+ 1,
      depthLimit: depthLimit)
    count &+= 1
  }

  /// Fields 10 one after another, as the encoder writes them: every reading of the run
  /// folded in, the cursor taken by value and the offset after the run returned.
  ///
  /// Its own function, called once per message: inlined whole into `decodeFields` it made
  /// that function too large for the optimizer to inline the reading decoder into, and a call
  /// per reading cost about 100 instructions of set-up (callgrind, messages corpus).
  @inline(never)
  static func readReadings<Varints: VarintDecoding>(
    _ start: WireCursor, into view: inout TelemetryView, varints: Varints.Type, depth: Int,
    depthLimit: Int
  ) throws(DecodeError) -> Int {
    var cursor = start
    var sum = view.readingSum
    var count = view.readingCount
    while cursor.nextByte == WireTags.Telemetry.readings {
      let tagOffset = cursor.offset
      cursor.offset &+= 1
      try readReading(
        &cursor, into: &sum, count: &count, tagOffset: tagOffset, varints: varints,
        depth: depth, depthLimit: depthLimit)
    }
    view.readingSum = sum
    view.readingCount = count
    return cursor.offset
  }
}
