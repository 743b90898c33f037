import CodecCore

/// One thing to time: a kind of work, a strategy and a corpus.
public struct BenchmarkCase {
  /// Decode, encode or roundtrip.
  public let kind: BenchmarkKind
  /// The decode strategy's name, or "writer" for encode cases (the reference encoder).
  public let strategyName: String
  /// The corpus.
  public let input: CorpusInput
  /// The instruction path the strategy chose on this machine (`CaseDecoder.isaPath`);
  /// "scalar" for encode cases.
  public let isaPath: String
  let workload: Workload

  /// "decode/protobuf-skew/loop".
  public var name: String { kind.rawValue + "/" + input.name + "/" + strategyName }

  /// Builds the cases of `kind` for every input and strategy, sharing one scratch area and
  /// decoding each corpus's values once for the encoders.
  public static func make(
    kind: BenchmarkKind, inputs: [CorpusInput], decoders: [CaseDecoder]
  ) -> [BenchmarkCase] {
    suite(kind: kind, inputs: inputs, decoders: decoders).cases
  }

  /// The cases, and the bytes of output and decoded-value buffers they share.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  public static func suite(
    kind: BenchmarkKind, inputs: [CorpusInput], decoders: [CaseDecoder]
  ) -> (cases: [BenchmarkCase], bufferBytes: Int) {
    var valueCapacity = 1
    var byteCapacity = 1
    var valueArrayBytes = 0
    var prepared: [(CorpusInput, [UInt64], [Telemetry])] = []
    for input in inputs {
      let values = kind == .decode ? [] : input.decodedValues()
      let messages = kind == .decode ? [] : input.decodedMessages()
      valueArrayBytes += values.count * 8
      var encodedSize = 0
      for value in values { encodedSize += Varint.encodedSize(of: value) }
      if input.format == .varints { valueCapacity = max(valueCapacity, input.valueCount) }
      byteCapacity = max(byteCapacity, encodedSize)
      prepared.append((input, values, messages))
    }
    let scratch = Scratch(valueCapacity: valueCapacity, byteCapacity: byteCapacity)
    let choices: [CaseDecoder?] = kind == .encode ? [nil] : decoders.map { $0 }
    var cases: [BenchmarkCase] = []
    for (input, values, messages) in prepared {
      for decoder in choices where decoder?.decodes(input.format) ?? true {
        let workload = Workload(
          kind: kind, decoder: decoder, input: input, scratch: scratch, values: values,
          messages: messages)
        cases.append(
          BenchmarkCase(
            kind: kind, strategyName: decoder?.name ?? "writer", input: input,
            isaPath: decoder?.isaPath ?? "scalar", workload: workload))
      }
    }
    return (cases, valueCapacity * 8 + byteCapacity + valueArrayBytes)
  }

  /// Checks the case's output against its corpus.
  public func check() -> CaseCheck { workload.check() }
}
