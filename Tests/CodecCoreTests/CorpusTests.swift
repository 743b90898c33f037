import Testing

@testable import CodecCore

@Suite("Deterministic corpora")
struct CorpusTests {
  @Test("SplitMix64 matches the reference generator's published outputs for seed 1234567")
  func splitMixReference() {
    var random = SplitMix64(seed: 1_234_567)
    let expected: [UInt64] = [
      6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
      4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
    ]
    #expect((0..<5).map { _ in random.next() } == expected)
  }

  @Test("bounded draws stay in bounds")
  func bounded() {
    var random = SplitMix64(seed: 5)
    for bound in [UInt64(1), 2, 3, 10, 1000, UInt64.max] {
      for _ in 0..<200 { #expect(random.next(below: bound) < bound) }
    }
    for _ in 0..<200 { #expect((-5...5).contains(random.next(in: -5...5))) }
    _ = random.next(in: Int64.min...Int64.max)
  }

  @Test("the same seed gives the same bytes; another seed does not")
  func determinism() {
    for distribution in VarintDistribution.allCases {
      let first = VarintCorpus(distribution, valueCount: 2_000, seed: 17)
      let again = VarintCorpus(distribution, valueCount: 2_000, seed: 17)
      let other = VarintCorpus(distribution, valueCount: 2_000, seed: 18)
      #expect(first.bytes == again.bytes)
      #expect(first.checksum == again.checksum)
      #expect(first.bytes != other.bytes, "\(distribution.name)")
    }
  }

  @Test("count, sum and checksum describe the bytes", arguments: VarintDistribution.allCases)
  func describesBytes(distribution: VarintDistribution) throws {
    let corpus = VarintCorpus(distribution, valueCount: 5_000, seed: 23)
    let values = try VarintDecoder.decodeAll(corpus.bytes)
    #expect(values.count == corpus.valueCount)
    #expect(values.reduce(0, &+) == corpus.valueSum)
    #expect(FNV1a64.hash(corpus.bytes) == corpus.checksum)
  }

  @Test("byte lengths follow the distribution's weights", arguments: VarintDistribution.allCases)
  func lengths(distribution: VarintDistribution) throws {
    let count = 20_000
    let corpus = VarintCorpus(distribution, valueCount: count, seed: 29)
    var histogram = [Int](repeating: 0, count: 11)
    for value in try VarintDecoder.decodeAll(corpus.bytes) {
      histogram[Varint.encodedSize(of: value)] += 1
    }
    if let weights = distribution.lengthWeights {
      for length in 1...10 {
        let expected = Double(weights[length - 1]) / 1000 * Double(count)
        // Within 5 standard deviations of a binomial draw, plus one for empty bins.
        let tolerance = 5 * (expected * (1 - expected / Double(count))).squareRoot() + 1
        #expect(abs(Double(histogram[length]) - expected) <= tolerance, "length \(length)")
      }
    } else {
      // Uniform 64-bit values: half are >= 2^63 (10 bytes), almost all the rest >= 2^56 (9).
      #expect(abs(Double(histogram[10]) / Double(count) - 0.5) < 0.02)
      #expect(abs(Double(histogram[9]) / Double(count) - (0.5 - 1.0 / 512)) < 0.02)
    }
  }

  @Test("values of a given length have exactly that length")
  func valueOfLength() {
    var random = SplitMix64(seed: 31)
    for length in 1...10 {
      for _ in 0..<500 {
        let value = VarintDistribution.value(ofLength: length, random: &random)
        #expect(Varint.encodedSize(of: value) == length)
      }
    }
  }

  @Test("distribution names round-trip")
  func names() {
    for distribution in VarintDistribution.allCases {
      #expect(VarintDistribution(name: distribution.name) == distribution)
    }
    #expect(VarintDistribution(name: "no-such") == nil)
  }

  @Test("the message corpus decodes to its count and digest sum, deterministically")
  func messages() throws {
    let corpus = MessageCorpus(messageCount: 300, seed: 37)
    #expect(corpus.bytes == MessageCorpus(messageCount: 300, seed: 37).bytes)
    let decoded = try MessageStream.decodeAll(corpus.bytes)
    #expect(decoded.count == corpus.messageCount)
    #expect(decoded.map(\.digest).reduce(0, &+) == corpus.valueSum)
    #expect(FNV1a64.hash(corpus.bytes) == corpus.checksum)
    let summary = try corpus.bytes.withUnsafeRawBuffer { (buffer) throws(DecodeError) in
      try MessageStream.summarize(buffer)
    }
    #expect(summary == MessageStreamSummary(messageCount: 300, digestSum: corpus.valueSum))
  }

  @Test("FNV-1a 64 matches its published test vectors")
  func fnv() {
    #expect(FNV1a64.hash([UInt8]()) == 0xCBF2_9CE4_8422_2325)
    #expect(FNV1a64.hash(Array("a".utf8)) == 0xAF63_DC4C_8601_EC8C)
    #expect(FNV1a64.hash(Array("foobar".utf8)) == 0x8594_4171_F739_67E8)
  }

  @Test("built-in corpora are pinned: a change of generator shows here first")
  func builtInChecksums() {
    // These are the checksums every target must print in `edgebench list`; changing the
    // generator changes them, and then every collected result stops being comparable.
    let pinned: [String: UInt64] = [
      "one-byte": 0xC523_5712_6C83_21B9, "two-byte": 0x2BDC_E441_05B9_C58B,
      "uniform-length": 0x9422_41DF_E8BE_A34C, "protobuf-skew": 0x9F14_30A9_04BB_B6F8,
      "random64": 0x214C_D0C3_49D0_932B,
    ]
    for distribution in VarintDistribution.allCases {
      #expect(VarintCorpus.builtIn(distribution).checksum == pinned[distribution.name])
    }
    #expect(MessageCorpus.builtIn().checksum == 0x249C_72BE_674C_B807)
  }
}
