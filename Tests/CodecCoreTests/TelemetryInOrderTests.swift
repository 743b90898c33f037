import Testing

@testable import CodecCore

/// The in-order record decoder's surprises: every input the encoder does not write must still
/// decode (or fail) exactly as the owned decoder does, in a buffer of its own and inside a
/// larger one (where the fast varint paths may look past the message's end).
@Suite("The in-order record decoder handles every surprise as TelemetryDecoder does")
struct TelemetryInOrderTests {
  typealias Outcome = TelemetryViewTests.Outcome

  /// Bytes the padded layout puts after the message: continuation bytes, so a decoder that
  /// trusted a byte past the end would read a different (or over-long) varint.
  static let padding = [UInt8](repeating: 0x80, count: 24)

  /// The view's outcome with `varints` on `bytes` followed by `padding`, the reader ending
  /// where `bytes` ends.
  static func paddedView<Varints: VarintDecoding>(
    _ bytes: [UInt8], _ varints: Varints.Type
  ) -> Outcome {
    let padded = bytes + padding
    return padded.withUnsafeBytes { buffer in
      do throws(DecodeError) {
        var reader = ByteReader(buffer, offset: 0, end: bytes.count)
        let view = try TelemetryView.decode(from: &reader, varints: varints)
        return reader.isAtEnd ? .digest(view.digest) : .failed(.truncated(offset: -1))
      } catch {
        return .failed(error)
      }
    }
  }

  /// Checks every view, exact and padded, against the owned decoder on `bytes`.
  static func expectSame(_ bytes: [UInt8], _ what: String) {
    let expected = TelemetryViewTests.owned(bytes)
    var outcomes = TelemetryViewTests.allViews(bytes)
    outcomes += [
      paddedView(bytes, VarintDecoder.self), paddedView(bytes, WordVarintDecoder.self),
      paddedView(bytes, SIMDVarintDecoder.self),
    ]
    for (index, outcome) in outcomes.enumerated() {
      #expect(outcome == expected, "view \(index): \(what), \(bytes)")
    }
  }

  /// One field's encoding, tag included.
  static func field(_ message: Telemetry) -> [UInt8] { TelemetryEncoder.encode(message) }

  /// `message` as one chunk per field (each reading its own), in schema order.
  static func chunks(of message: Telemetry) -> [[UInt8]] {
    var parts = [
      field(Telemetry(deviceID: message.deviceID)),
      field(Telemetry(temperatureCenti: message.temperatureCenti)),
      field(Telemetry(timestampMicros: message.timestampMicros)),
      field(Telemetry(sequence: message.sequence)), field(Telemetry(latitude: message.latitude)),
      field(Telemetry(driftNanos: message.driftNanos)), field(Telemetry(label: message.label)),
      field(Telemetry(payload: message.payload)), field(Telemetry(samples: message.samples)),
    ]
    parts += message.readings.map { field(Telemetry(readings: [$0])) }
    return parts.filter { !$0.isEmpty }
  }

  /// A message with every field present, and values of one, two, three and more bytes.
  static let full = Telemetry(
    deviceID: 4_321, temperatureCenti: -60, timestampMicros: 1_764_000_123_456_789, sequence: 7,
    latitude: -33.5, driftNanos: 1 << 35, label: "kühlraum-7", payload: Array(0..<20),
    samples: [0, 1, 127, 128, 16_383, 16_384, 2_097_152, UInt32.max],
    readings: [
      Reading(sensorID: 3, value: -100_000, flags: 0xDEAD_BEEF, deltas: [1, -1, 300, -8_192]),
      Reading(sensorID: 200, value: 5, flags: 1, deltas: []),
      Reading(sensorID: 0, value: 0, flags: 0, deltas: [Int32.min, Int32.max]),
    ])

  /// Unknown fields of every wire type, with one- and two-byte tags.
  static let unknowns: [[UInt8]] = [
    [0x58, 0x05],  // field 11, varint
    [0x61] + [UInt8](repeating: 0xAA, count: 8),  // field 12, fixed64
    [0x6A, 0x02, 0x41, 0x42],  // field 13, length-delimited
    [0x73, 0x08, 0x01, 0x74],  // field 14, group holding field 1
    [0x7D, 1, 2, 3, 4],  // field 15, fixed32
    [0x80, 0x01, 0x96, 0x01],  // field 16 (two-byte tag), varint
    [0xC2, 0x3E, 0x00],  // field 1000, empty length-delimited
  ]

  @Test("fields in every rotation and in reverse order")
  func outOfOrder() {
    var random = SplitMix64(seed: 0x0DD)
    var messages = [Self.full, Telemetry.golden]
    for index in 0..<20 { messages.append(MessageCorpus.message(index: index, random: &random)) }
    for message in messages {
      let parts = Self.chunks(of: message)
      Self.expectSame(parts.reversed().flatMap { $0 }, "reversed")
      for shift in 0..<parts.count {
        Self.expectSame(Array((parts[shift...] + parts[..<shift]).joined()), "rotated \(shift)")
      }
    }
  }

  @Test("every singular field repeated, the last value winning, in order and out of it")
  func repeatedSingulars() {
    let first = Self.chunks(of: Self.full)
    let second = Self.chunks(
      of: Telemetry(
        deviceID: 9, temperatureCenti: 4_000, timestampMicros: 3, sequence: 0xFFFF_FFFF,
        latitude: 1.5, driftNanos: -5, label: "温室", payload: [0xFF], samples: [5]))
    Self.expectSame((first + second).flatMap { $0 }, "all twice, in order")
    for index in 0..<second.count {
      var parts = first
      parts.insert(second[index], at: min(index + 2, parts.count))
      Self.expectSame(parts.flatMap { $0 }, "field \(index) again, later")
      Self.expectSame(([second[index]] + first + [second[index]]).flatMap { $0 }, "first, last")
    }
  }

  @Test("unknown fields between every pair of known ones, and non-minimal tags")
  func unknownFields() {
    let parts = Self.chunks(of: Self.full)
    for unknown in Self.unknowns {
      for gap in 0...parts.count {
        var mixed = parts
        mixed.insert(unknown, at: gap)
        Self.expectSame(mixed.flatMap { $0 }, "unknown \(unknown) at \(gap)")
      }
    }
    // Field 1 and field 10 with two-byte tags the encoder never writes: surprises, same result.
    Self.expectSame([0x88, 0x00, 0x05] + parts[1...].flatMap { $0 }, "non-minimal tag 1")
    let reading = TelemetryEncoder.encode(Telemetry(readings: [Reading(sensorID: 1)]))
    Self.expectSame([0xD2, 0x00] + reading.dropFirst(), "non-minimal tag 10")
    // Known fields with another wire type are unknown fields.
    Self.expectSame([0x09] + [UInt8](repeating: 1, count: 8) + parts[1], "field 1 as fixed64")
    Self.expectSame([0x3D, 0x41, 0x42, 0x43, 0x44] + parts[0], "field 7 as fixed32")
  }

  @Test("samples and deltas packed and unpacked, mixed, several runs each")
  func packedAndUnpacked() {
    var writer = ByteWriter()
    writer.writeTag(9, .lengthDelimited)
    writer.writeLengthDelimited(Varint.encode(UInt64(300)) + Varint.encode(UInt64(1)))
    writer.writeTag(9, .varint)
    writer.writeVarint(UInt64(70_000))
    writer.writeTag(9, .lengthDelimited)
    writer.writeLengthDelimited(Varint.encode(UInt64(UInt32.max)))
    writer.writeTag(9, .varint)
    writer.writeVarint(UInt64(2))
    var reading = ByteWriter()
    reading.writeTag(4, .varint)
    reading.writeZigZag(Int32(-3))
    reading.writeTag(4, .lengthDelimited)
    reading.writeLengthDelimited(Varint.encode(UInt64(ZigZag.encode(Int32(99)))) + [0x01])
    reading.writeTag(1, .varint)
    reading.writeVarint(UInt64(12))
    reading.writeTag(4, .varint)
    reading.writeVarint(UInt64(1) << 32)  // too wide for sint32: varint32Overflow
    let valid = Array(reading.bytes.dropLast(6))
    writer.writeTag(10, .lengthDelimited)
    writer.writeLengthDelimited(valid)
    Self.expectSame(writer.bytes, "mixed runs")
    #expect(
      TelemetryViewTests.owned(writer.bytes)
        == .digest(
          Telemetry(
            samples: [300, 1, 70_000, UInt32.max, 2],
            readings: [Reading(sensorID: 12, deltas: [-3, 99, -1])]
          ).digest))
    var overflow = writer
    overflow.writeTag(10, .lengthDelimited)
    overflow.writeLengthDelimited(reading.bytes)
    Self.expectSame(overflow.bytes, "an unpacked delta over 32 bits")
    var wideSample = ByteWriter()
    wideSample.writeTag(9, .lengthDelimited)
    wideSample.writeLengthDelimited([0x05] + Varint.encode(UInt64(UInt32.max) + 1))
    Self.expectSame(wideSample.bytes, "a packed sample over 32 bits")
  }

  @Test("a packed run or a field that ends inside a varint, more fields after it")
  func cutInsideRun() {
    let after = Self.field(Telemetry(readings: [Reading(sensorID: 5, value: 9)]))
    // Samples and deltas runs whose last byte continues, of lengths 1 to 4.
    for run in [[0x96], [0x01, 0x96], [0x96, 0x96], [0x01, 0x02, 0xFF, 0x81]] as [[UInt8]] {
      Self.expectSame([0x4A, UInt8(run.count)] + run + after, "samples \(run)")
      let reading = [0x22, UInt8(run.count)] + run + [0x08, 0x01]
      Self.expectSame([0x52, UInt8(reading.count)] + reading + after, "deltas \(run)")
    }
    // A reading whose value varint runs past the reading's end into the next field.
    Self.expectSame([0x52, 0x03, 0x08, 0x01, 0x10] + [0xFF, 0x01] + after, "value cut")
    Self.expectSame([0x52, 0x04, 0x08, 0x01, 0x10, 0xFF] + [0x01] + after, "value cut at 2")
    Self.expectSame([0x52, 0x03, 0x1D, 0x01, 0x02] + [0x03, 0x04] + after, "flags cut")
  }

  @Test("truncated inside every field, in every shape of message")
  func truncations() {
    var messages = [Self.full]
    var shuffled = Self.chunks(of: Self.full)
    shuffled.swapAt(0, shuffled.count - 1)
    shuffled.swapAt(2, 5)
    messages.append(Telemetry())
    for message in messages {
      let bytes = TelemetryEncoder.encode(message)
      for length in 0...bytes.count { Self.expectSame(Array(bytes[0..<length]), "cut \(length)") }
    }
    let mixed = shuffled.flatMap { $0 }
    for length in 0...mixed.count { Self.expectSame(Array(mixed[0..<length]), "mixed \(length)") }
    // A length prefix that claims more than is left, inside each length-delimited field.
    for part in Self.chunks(of: Self.full) where part[0] & 7 == 2 {
      var long = part
      long[1] = 0x7F
      Self.expectSame(long, "long length in \(part[0] >> 3)")
    }
  }

  @Test("random field orders, repeats, unknowns and corruptions")
  func randomShapes() {
    var random = SplitMix64(seed: 0x5EED)
    for index in 0..<400 {
      let message = MessageCorpus.message(index: index, random: &random)
      var parts = Self.chunks(of: message)
      for _ in 0..<random.next(below: 4) {
        let position = Int(random.next(below: UInt64(parts.count + 1)))
        if random.next(below: 2) == 0, !parts.isEmpty {
          parts.insert(parts[Int(random.next(below: UInt64(parts.count)))], at: position)
        } else {
          parts.insert(Self.unknowns[Int(random.next(below: 7))], at: position)
        }
      }
      var bytes = parts.flatMap { $0 }
      if random.next(below: 3) == 0, !bytes.isEmpty {
        bytes[Int(random.next(below: UInt64(bytes.count)))] = UInt8(
          truncatingIfNeeded: random.next())
      }
      Self.expectSame(bytes, "random \(index)")
    }
  }

  @Test("streams of surprising messages: every strategy's summary equals the owned decoder's")
  func streams() {
    var random = SplitMix64(seed: 0x57EA)
    var writer = ByteWriter()
    for index in 0..<50 {
      var parts = Self.chunks(of: MessageCorpus.message(index: index, random: &random))
      parts.reverse()
      parts.insert(Self.unknowns[index % 7], at: parts.count / 2)
      let body = parts.flatMap { $0 }
      writer.writeVarint(UInt64(body.count))
      writer.writeRaw(body)
    }
    let bytes = writer.bytes
    for length in [bytes.count] + Array(stride(from: bytes.count - 40, to: bytes.count, by: 1)) {
      let cut = Array(bytes[0..<length])
      cut.withUnsafeBytes { input in
        let expected = Result { () throws(DecodeError) in try MessageStream.summarize(input) }
        let word = Result { () throws(DecodeError) in
          try TelemetryView.summarize(input, varints: WordVarintDecoder.self)
        }
        let simd = Result { () throws(DecodeError) in
          try TelemetryView.summarize(input, varints: SIMDVarintDecoder.self)
        }
        let loop = Result { () throws(DecodeError) in
          try TelemetryView.summarize(input, varints: VarintDecoder.self)
        }
        #expect(word == expected, "word, length \(length)")
        #expect(simd == expected, "simd, length \(length)")
        #expect(loop == expected, "loop-view, length \(length)")
      }
    }
  }
}
