import Testing

@testable import CodecCore

@Suite("The record fast path decodes what TelemetryDecoder decodes")
struct TelemetryViewTests {
  enum Outcome: Equatable {
    case digest(UInt64)
    case failed(DecodeError)
  }

  static func owned(_ bytes: [UInt8]) -> Outcome {
    do throws(DecodeError) {
      return .digest(try TelemetryDecoder.decode(bytes).digest)
    } catch {
      return .failed(error)
    }
  }

  static func view<Varints: VarintDecoding>(_ bytes: [UInt8], _ varints: Varints.Type) -> Outcome {
    do throws(DecodeError) {
      return .digest(
        try ByteReader.read(bytes) { (reader) throws(DecodeError) in
          try TelemetryView.decode(from: &reader, varints: varints).digest
        })
    } catch {
      return .failed(error)
    }
  }

  static func allViews(_ bytes: [UInt8]) -> [Outcome] {
    [
      view(bytes, VarintDecoder.self), view(bytes, WordVarintDecoder.self),
      view(bytes, SIMDVarintDecoder.self),
    ]
  }

  @Test("every strategy's message stream matches the corpus digests")
  func corpusStream() {
    let corpus = MessageCorpus.builtIn()
    corpus.bytes.withUnsafeBytes { input in
      for strategy in DecodeStrategy.allCases {
        let summary = try? strategy.decodeMessageStream(input)
        #expect(summary?.messageCount == corpus.messageCount, "\(strategy.name)")
        #expect(summary?.digestSum == corpus.valueSum, "\(strategy.name)")
      }
      let onLoop = try? TelemetryView.summarize(input, varints: VarintDecoder.self)
      #expect(onLoop?.digestSum == corpus.valueSum)
    }
  }

  @Test("the golden message and its fields")
  func golden() throws {
    let bytes = TelemetryEncoder.encode(.golden)
    let view = try ByteReader.read(bytes) { (reader) throws(DecodeError) in
      let view = try TelemetryView.decode(from: &reader, varints: WordVarintDecoder.self)
      #expect(view.label.copyBytes() == Array(Telemetry.golden.label.utf8))
      #expect(view.payload.copyBytes() == Telemetry.golden.payload)
      return view
    }
    #expect(view.deviceID == 1234)
    #expect(view.temperatureCenti == -1800)
    #expect(view.driftNanos == -123_456_789)
    #expect(view.sampleCount == 5)
    #expect(view.readingCount == 3)
    #expect(view.digest == Telemetry.golden.digest)
  }

  @Test("every truncation of messages fails the same way")
  func truncations() {
    var random = SplitMix64(seed: 0x7E1E)
    var messages = [Telemetry.golden]
    for index in 0..<6 { messages.append(MessageCorpus.message(index: index, random: &random)) }
    for message in messages {
      let bytes = TelemetryEncoder.encode(message)
      for length in 0...bytes.count {
        let cut = Array(bytes[0..<length])
        let expected = Self.owned(cut)
        for (index, outcome) in Self.allViews(cut).enumerated() {
          #expect(outcome == expected, "view \(index), length \(length)")
        }
      }
    }
  }

  @Test("corrupted bytes fail (or decode) the same way")
  func corruptions() {
    var random = SplitMix64(seed: 0xC0FF)
    let bytes = TelemetryEncoder.encode(.golden)
    for _ in 0..<3_000 {
      var corrupt = bytes
      for _ in 0...random.next(below: 3) {
        let position = Int(random.next(below: UInt64(corrupt.count)))
        corrupt[position] = UInt8(truncatingIfNeeded: random.next())
      }
      let expected = Self.owned(corrupt)
      for (index, outcome) in Self.allViews(corrupt).enumerated() {
        #expect(outcome == expected, "view \(index) on \(corrupt)")
      }
    }
  }

  @Test("repeated singular fields keep the last value; repeated fields add up")
  func lastValueWins() {
    var writer = ByteWriter()
    writer.writeTag(1, .varint)
    writer.writeVarint(UInt64(7))
    writer.writeTag(9, .varint)
    writer.writeVarint(UInt64(300))
    writer.writeTag(1, .varint)
    writer.writeVarint(UInt64(9))
    writer.writeTag(7, .lengthDelimited)
    writer.writeLengthDelimited(Array("first".utf8))
    writer.writeTag(7, .lengthDelimited)
    writer.writeLengthDelimited(Array("second".utf8))
    writer.writeTag(15, .fixed64)
    writer.writeFixed64(42)
    let expected = Self.owned(writer.bytes)
    #expect(expected == .digest(Telemetry(deviceID: 9, label: "second", samples: [300]).digest))
    for outcome in Self.allViews(writer.bytes) { #expect(outcome == expected) }
  }
}
