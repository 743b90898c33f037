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
    let decoder = self.decoder ?? .strategy(.loop)
    var tally = DecodeTally(count: 0, sum: 0, bytesConsumed: 0)
    var failure: String?
    bytes.withUnsafeBytes { raw in
      do throws(DecodeError) {
        switch input.format {
        case .varints: tally = try decoder.tallyVarints(raw, into: scratch.values)
        case .messages: tally = try decoder.tallyMessages(raw)
        }
        if tally.bytesConsumed != raw.count {
          failure = "stopped after \(tally.bytesConsumed) of \(raw.count) bytes"
        }
      } catch {
        failure = "decode failed: " + error.description
      }
    }
    if failure == nil, tally.count != input.valueCount || tally.sum != input.valueSum {
      failure =
        "decoded \(tally.count) values summing to \(tally.sum); expected \(input.valueCount) "
        + "summing to \(input.valueSum)"
    }
    return CaseCheck(
      values: tally.count, valueSum: tally.sum, outputBytes: nil, outputChecksum: nil,
      failure: failure)
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
