import CPerf
import CodecCore

/// One case's work per iteration, and the check that it is right.
///
/// Every iteration folds its result into a token that is handed to `cperf_sink`, and the
/// scratch buffers escape through `cperf_escape`, so the optimizer cannot delete the work.
final class Workload {
  let kind: BenchmarkKind
  /// The decoder for decode and roundtrip cases; nil for encode.
  let decoder: CaseDecoder?
  let input: CorpusInput
  let scratch: Scratch
  /// The corpus's values, for encoding varints.
  let values: [UInt64]
  /// The corpus's messages, for encoding messages.
  let messages: [Telemetry]

  init(
    kind: BenchmarkKind, decoder: CaseDecoder?, input: CorpusInput, scratch: Scratch,
    values: [UInt64], messages: [Telemetry]
  ) {
    self.kind = kind
    self.decoder = decoder
    self.input = input
    self.scratch = scratch
    self.values = values
    self.messages = messages
  }

  /// Runs `iterations` iterations. Decoding cannot fail here: the check decoded the same
  /// bytes with the same deterministic decoder before anything was timed.
  func run(iterations: Int) {
    var token: UInt64 = 0
    for _ in 0..<iterations {
      if case .success(let value) = step() { token &+= value }
    }
    cperf_sink(token)
    cperf_escape(scratch.values.baseAddress)
    cperf_escape(scratch.bytes.baseAddress)
  }

  /// One iteration; the value summarizes the output so it cannot be discarded.
  private func step() -> Result<UInt64, DecodeError> {
    switch (kind, input.format) {
    case (.decode, .varints): return decodeVarints(input.bytes)
    case (.decode, .messages): return decodeMessages(input.bytes)
    case (.encode, .varints): return .success(UInt64(encodeVarints()))
    case (.encode, .messages): return .success(UInt64(MessageStream.encode(messages).count))
    case (.roundtrip, .varints):
      let count = encodeVarints()
      return decodeVarints(UnsafeRawBufferPointer(rebasing: scratch.bytes[0..<count]))
    case (.roundtrip, .messages): return decodeMessages(MessageStream.encode(messages))
    }
  }

  private func decodeVarints(_ bytes: [UInt8]) -> Result<UInt64, DecodeError> {
    bytes.withUnsafeBytes { decodeVarints($0) }
  }

  private func decodeVarints(_ bytes: UnsafeRawBufferPointer) -> Result<UInt64, DecodeError> {
    let decoder = self.decoder ?? .strategy(.loop)
    do throws(DecodeError) {
      let result = try decoder.varintStrategy.decodeAll(
        bytes, into: scratch.values, path: decoder.path)
      let last = result.valueCount > 0 ? scratch.values[result.valueCount - 1] : 0
      return .success(UInt64(result.valueCount) &+ last)
    } catch {
      return .failure(error)
    }
  }

  private func decodeMessages(_ bytes: [UInt8]) -> Result<UInt64, DecodeError> {
    let decoder = self.decoder ?? .strategy(.loop)
    return bytes.withUnsafeBytes { raw in
      do throws(DecodeError) {
        let tally = try decoder.tallyMessages(raw)
        return .success(UInt64(tally.count) &+ tally.sum)
      } catch {
        return .failure(error)
      }
    }
  }

  /// Writes every value as a varint into the scratch bytes; returns the byte count.
  private func encodeVarints() -> Int {
    guard let base = scratch.bytes.baseAddress else { return 0 }
    var offset = 0
    for value in values { offset += Varint.write(value, to: base + offset) }
    return offset
  }
}
