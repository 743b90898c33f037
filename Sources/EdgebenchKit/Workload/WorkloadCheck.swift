import CodecCore

extension Workload {
  /// Runs one iteration's work outside the clock and checks it against the corpus: decoders
  /// must yield the corpus's count and sum; encoders must write bytes that decode to them
  /// (and, for built-in corpora, exactly the corpus bytes).
  func check() -> CaseCheck {
    switch kind {
    case .decode:
      return checkDecode(input.bytes)
    case .roundtrip:
      let bytes = encodedBytes()
      return checkDecode(bytes)
    case .encode:
      return checkEncode(encodedBytes())
    }
  }

  private func encodedBytes() -> [UInt8] {
    switch input.format {
    case .messages: return MessageStream.encode(messages)
    case .varints:
      var bytes: [UInt8] = []
      bytes.reserveCapacity(input.bytes.count)
      for value in values { Varint.append(value, to: &bytes) }
      return bytes
    }
  }

  private func checkDecode(_ bytes: [UInt8]) -> CaseCheck {
    let decoder = strategy ?? .loop
    var count = 0
    var sum: UInt64 = 0
    var failure: String?
    bytes.withUnsafeBytes { raw in
      do throws(DecodeError) {
        switch input.format {
        case .varints:
          let result = try decoder.decodeAll(raw, into: scratch.values)
          count = result.valueCount
          for value in scratch.values[0..<count] { sum &+= value }
          if result.bytesConsumed != raw.count {
            failure = "stopped after \(result.bytesConsumed) of \(raw.count) bytes"
          }
        case .messages:
          let summary = try decoder.decodeMessageStream(raw)
          count = summary.messageCount
          sum = summary.digestSum
        }
      } catch {
        failure = "decode failed: " + error.description
      }
    }
    if failure == nil, count != input.valueCount || sum != input.valueSum {
      failure =
        "decoded \(count) values summing to \(sum); expected \(input.valueCount) "
        + "summing to \(input.valueSum)"
    }
    return CaseCheck(
      values: count, valueSum: sum, outputBytes: nil, outputChecksum: nil, failure: failure)
  }

  private func checkEncode(_ bytes: [UInt8]) -> CaseCheck {
    let checksum = FNV1a64.hash(bytes)
    var failure: String?
    if bytes != input.bytes {
      if input.path == nil {
        failure = "encoded bytes differ from the corpus (FNV-1a \(checksum))"
      } else if let decoded = try? CorpusInput.referenceDecode(bytes, format: input.format),
        decoded.count == input.valueCount, decoded.sum == input.valueSum
      {
        // A user's file may hold non-canonical encodings; the canonical re-encoding is
        // right as long as it decodes to the same values.
        failure = nil
      } else {
        failure = "encoded bytes do not decode back to the input's values"
      }
    }
    return CaseCheck(
      values: input.valueCount, valueSum: input.valueSum, outputBytes: bytes.count,
      outputChecksum: checksum, failure: failure)
  }
}
