import Testing

@testable import CodecCore

/// Every `DecodeError` case, raised by the input that should raise it, at the offset it names.
@Suite("Decode errors and their offsets")
struct DecodeErrorTests {
  static let malformedVarints: [([UInt8], Int, DecodeError)] = [
    ([], 0, .truncated(offset: 0)),
    ([0x80], 0, .truncated(offset: 0)),
    ([0x01, 0xFF, 0xFF], 1, .truncated(offset: 1)),
    ([0x05] + [UInt8](repeating: 0xFF, count: 9), 1, .truncated(offset: 1)),
    ([UInt8](repeating: 0xFF, count: 10) + [0x01], 0, .varintTooLong(offset: 0)),
    ([0x00, 0x00] + [UInt8](repeating: 0x80, count: 10), 2, .varintTooLong(offset: 2)),
    ([UInt8](repeating: 0xFF, count: 9) + [0x02], 0, .varintOverflow(offset: 0)),
    ([UInt8](repeating: 0x80, count: 9) + [0x7F], 0, .varintOverflow(offset: 0)),
  ]

  @Test("malformed varints", arguments: malformedVarints)
  func malformedVarint(bytes: [UInt8], offset: Int, error: DecodeError) {
    #expect(throws: error) { try VarintDecoder.decode(bytes, at: offset) }
  }

  @Test("bulk decode reports the offset of the bad varint, not of the buffer")
  func bulkOffset() {
    let stream = Varint.encode(1) + Varint.encode(UInt64.max) + [0x80, 0x80]
    #expect(throws: DecodeError.truncated(offset: 11)) { try VarintDecoder.decodeAll(stream) }
  }

  @Test("a 32-bit field holding a 33-bit value")
  func varint32() {
    let bytes: [UInt8] = [0x08] + Varint.encode(1 << 32)
    #expect(throws: DecodeError.varint32Overflow(offset: 1, value: 1 << 32)) {
      try TelemetryDecoder.decode(bytes)
    }
  }

  @Test("a length beyond the input")
  func lengthOutOfBounds() {
    // Field 7 (label), length 5, but only 2 bytes follow.
    let bytes: [UInt8] = [0x3A, 0x05, 0x61, 0x62]
    #expect(throws: DecodeError.lengthOutOfBounds(offset: 1, length: 5, available: 2)) {
      try TelemetryDecoder.decode(bytes)
    }
  }

  @Test("a length that overflows Int")
  func lengthOverflow() {
    let bytes: [UInt8] = [0x42] + Varint.encode(UInt64.max)
    #expect(throws: DecodeError.lengthOverflow(offset: 1, length: UInt64.max)) {
      try TelemetryDecoder.decode(bytes)
    }
  }

  @Test("wire types 6 and 7", arguments: [UInt8(6), 7])
  func invalidWireType(wireType: UInt8) {
    let bytes: [UInt8] = [0x08, 0x01, 0x58 | wireType]
    #expect(throws: DecodeError.invalidWireType(offset: 2, wireType: wireType)) {
      try TelemetryDecoder.decode(bytes)
    }
  }

  @Test("field number 0")
  func fieldNumberZero() {
    #expect(throws: DecodeError.fieldNumberZero(offset: 2)) {
      try TelemetryDecoder.decode([0x08, 0x01, 0x00, 0x01])
    }
  }

  @Test("a field number above 2^29 - 1")
  func fieldNumberOutOfRange() {
    let bytes = Varint.encode(UInt64(1) << 32 | 0)
    #expect(throws: DecodeError.fieldNumberOutOfRange(offset: 0, fieldNumber: 1 << 29)) {
      try TelemetryDecoder.decode(bytes)
    }
  }

  @Test("an end-group tag that closes nothing, and one that closes the wrong group")
  func unmatchedEndGroup() {
    // Field 20 end-group (20 << 3 | 4 = 164 = A4 01).
    #expect(throws: DecodeError.unmatchedEndGroup(offset: 0, fieldNumber: 20)) {
      try TelemetryDecoder.decode([0xA4, 0x01])
    }
    // Start group 20 (A3 01), end group 21 (AC 01).
    #expect(throws: DecodeError.unmatchedEndGroup(offset: 2, fieldNumber: 21)) {
      try TelemetryDecoder.decode([0xA3, 0x01, 0xAC, 0x01])
    }
  }

  @Test("a group that never ends")
  func unterminatedGroup() {
    #expect(throws: DecodeError.truncated(offset: 0)) {
      try TelemetryDecoder.decode([0xA3, 0x01, 0x08, 0x01])
    }
  }

  @Test("groups nested past the depth limit")
  func depthLimit() throws {
    let depth = 5
    // Five start-group tags for field 20, then five end-group tags: each tag is two bytes.
    let starts = [[UInt8]](repeating: [0xA3, 0x01], count: depth).flatMap { $0 }
    let ends = [[UInt8]](repeating: [0xA4, 0x01], count: depth).flatMap { $0 }
    let bytes = starts + ends
    _ = try TelemetryDecoder.decode(bytes, depthLimit: depth)
    #expect(throws: DecodeError.depthLimitExceeded(offset: 8, limit: depth - 1)) {
      try TelemetryDecoder.decode(bytes, depthLimit: depth - 1)
    }
  }

  @Test("nested messages count against the depth limit")
  func nestedMessageDepth() throws {
    let bytes = TelemetryEncoder.encode(Telemetry(readings: [Reading(sensorID: 1)]))
    _ = try TelemetryDecoder.decode(bytes, depthLimit: 1)
    #expect(throws: DecodeError.depthLimitExceeded(offset: 0, limit: 0)) {
      try TelemetryDecoder.decode(bytes, depthLimit: 0)
    }
  }

  @Test("a string that is not UTF-8")
  func invalidUTF8() {
    #expect(throws: DecodeError.invalidUTF8(offset: 4)) {
      try TelemetryDecoder.decode([0x08, 0x01, 0x3A, 0x02, 0xC3, 0x28])
    }
  }

  @Test("fixed-width values cut short")
  func truncatedFixed() {
    // Field 4 (fixed32) with 3 bytes; field 5 (double) with 7 bytes.
    #expect(throws: DecodeError.truncated(offset: 1)) {
      try TelemetryDecoder.decode([0x25, 0x01, 0x02, 0x03])
    }
    #expect(throws: DecodeError.truncated(offset: 1)) {
      try TelemetryDecoder.decode([0x29] + [UInt8](repeating: 0, count: 7))
    }
  }

  @Test("every error has a description naming its offset")
  func descriptions() {
    let errors: [DecodeError] = [
      .truncated(offset: 17), .varintTooLong(offset: 17), .varintOverflow(offset: 17),
      .varint32Overflow(offset: 17, value: 1),
      .lengthOutOfBounds(offset: 17, length: 1, available: 0),
      .lengthOverflow(offset: 17, length: 1), .invalidWireType(offset: 17, wireType: 6),
      .fieldNumberZero(offset: 17), .fieldNumberOutOfRange(offset: 17, fieldNumber: 1),
      .unmatchedEndGroup(offset: 17, fieldNumber: 1), .depthLimitExceeded(offset: 17, limit: 1),
      .invalidUTF8(offset: 17),
    ]
    for error in errors { #expect(error.description.contains("byte 17")) }
  }
}
