import Foundation
import Testing

@testable import CodecCore

/// The benchmark message: golden bytes, round trips, and encodings other encoders may write.
@Suite("Telemetry message")
struct TelemetryTests {
  static let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

  @Test("the golden message encodes to the committed fixture (protoc's bytes)")
  func golden() throws {
    let text = try String(
      contentsOf: Self.fixtures.appendingPathComponent("telemetry-golden.hex"), encoding: .utf8)
    let expected = try #require(HexBytes.decode(text))
    #expect(HexBytes.encode(TelemetryEncoder.encode(.golden)) == HexBytes.encode(expected))
    #expect(TelemetryEncoder.encodedSize(of: .golden) == expected.count)
    #expect(try TelemetryDecoder.decode(expected) == .golden)
  }

  @Test("an empty message encodes to no bytes and decodes back")
  func empty() throws {
    #expect(TelemetryEncoder.encode(Telemetry()).isEmpty)
    #expect(try TelemetryDecoder.decode([]) == Telemetry())
  }

  @Test("proto3 defaults are omitted but -0.0 is written")
  func defaults() {
    #expect(TelemetryEncoder.encode(Telemetry(latitude: 0.0)).isEmpty)
    #expect(
      TelemetryEncoder.encode(Telemetry(latitude: -0.0)) == [0x29, 0, 0, 0, 0, 0, 0, 0, 0x80])
  }

  @Test("generated messages round-trip, one by one and as a stream")
  func roundTrips() throws {
    var random = SplitMix64(seed: 99)
    var messages: [Telemetry] = []
    for index in 0..<500 {
      let message = MessageCorpus.message(index: index, random: &random)
      let bytes = TelemetryEncoder.encode(message)
      #expect(bytes.count == TelemetryEncoder.encodedSize(of: message))
      #expect(try TelemetryDecoder.decode(bytes) == message)
      messages.append(message)
    }
    #expect(try MessageStream.decodeAll(MessageStream.encode(messages)) == messages)
  }

  @Test("fields in reverse order decode the same")
  func outOfOrder() throws {
    var writer = ByteWriter()
    writer.writeTag(10, .lengthDelimited)
    writer.writeLengthDelimited([0x08, 0x03])
    writer.writeTag(7, .lengthDelimited)
    writer.writeLengthDelimited(Array("roof".utf8))
    writer.writeTag(3, .varint)
    writer.writeVarint(UInt64(1_764_000_000_000_000))
    writer.writeTag(1, .varint)
    writer.writeVarint(UInt64(42))
    let expected = Telemetry(
      deviceID: 42, timestampMicros: 1_764_000_000_000_000, label: "roof",
      readings: [Reading(sensorID: 3)])
    #expect(try TelemetryDecoder.decode(writer.bytes) == expected)
  }

  @Test("unknown fields of every wire type are skipped")
  func unknownFields() throws {
    var writer = ByteWriter()
    writer.writeTag(1, .varint)
    writer.writeVarint(UInt64(7))
    writer.writeTag(100, .varint)
    writer.writeVarint(UInt64.max)
    writer.writeTag(101, .fixed64)
    writer.writeFixed64(1)
    writer.writeTag(102, .lengthDelimited)
    writer.writeLengthDelimited([1, 2, 3])
    writer.writeTag(103, .fixed32)
    writer.writeFixed32(1)
    writer.writeTag(104, .startGroup)  // A group holding a field and a nested group.
    writer.writeTag(1, .varint)
    writer.writeVarint(UInt64(5))
    writer.writeTag(105, .startGroup)
    writer.writeTag(105, .endGroup)
    writer.writeTag(104, .endGroup)
    writer.writeTag(2, .varint)
    writer.writeZigZag(Int32(-3))
    // A known field with the wrong wire type is unknown too, as in protobuf.
    writer.writeTag(1, .fixed32)
    writer.writeFixed32(99)
    #expect(
      try TelemetryDecoder.decode(writer.bytes) == Telemetry(deviceID: 7, temperatureCenti: -3))
  }

  @Test("unpacked and split packed repeated fields concatenate")
  func repeatedForms() throws {
    var writer = ByteWriter()
    writer.writeTag(9, .varint)
    writer.writeVarint(UInt32(1))
    writer.writeTag(9, .lengthDelimited)
    writer.writeLengthDelimited(Varint.encode(300) + Varint.encode(2))
    writer.writeTag(9, .varint)
    writer.writeVarint(UInt32(3))
    var reading = ByteWriter()
    reading.writeTag(4, .varint)
    reading.writeZigZag(Int32(-1))
    reading.writeTag(4, .lengthDelimited)
    reading.writeLengthDelimited([ZigZag.encode(Int32(5))].flatMap { Varint.encode(UInt64($0)) })
    writer.writeTag(10, .lengthDelimited)
    writer.writeLengthDelimited(reading.bytes)
    let decoded = try TelemetryDecoder.decode(writer.bytes)
    #expect(decoded.samples == [1, 300, 2, 3])
    #expect(decoded.readings == [Reading(deltas: [-1, 5])])
  }

  @Test("the last value of a repeated scalar wins")
  func lastValueWins() throws {
    var writer = ByteWriter()
    writer.writeTag(1, .varint)
    writer.writeVarint(UInt32(1))
    writer.writeTag(7, .lengthDelimited)
    writer.writeLengthDelimited(Array("first".utf8))
    writer.writeTag(1, .varint)
    writer.writeVarint(UInt32(2))
    writer.writeTag(7, .lengthDelimited)
    writer.writeLengthDelimited(Array("second".utf8))
    #expect(try TelemetryDecoder.decode(writer.bytes) == Telemetry(deviceID: 2, label: "second"))
  }

  @Test("a packed run cut inside a varint is truncated at that varint")
  func packedTruncation() {
    // samples: packed, length 2, holding 0x96 0x96 — the second varint never ends.
    #expect(throws: DecodeError.truncated(offset: 3)) {
      try TelemetryDecoder.decode([0x4A, 0x02, 0x01, 0x96])
    }
  }

  @Test("every prefix of the golden message fails cleanly or decodes")
  func everyPrefix() {
    let bytes = TelemetryEncoder.encode(.golden)
    for length in 0..<bytes.count {
      // A prefix may end on a field boundary (then it is a valid, smaller message); otherwise it
      // must throw. Either way it must not trap.
      if let decoded = try? TelemetryDecoder.decode(Array(bytes[0..<length])) {
        #expect(decoded != .golden)
      }
    }
  }
}
