/// A way in which decoders disagreed with each other or with themselves.
public enum ConsistencyFailure: Equatable, Sendable {
  /// `strategy` returned another result or error than the reference `loop` on the same bytes.
  case strategyDiffers(strategy: String)
  /// A decoded value did not survive encode then decode.
  case valueRoundTrip(value: UInt64)
  /// A decoded message, encoded again, did not decode to itself or had the wrong size.
  case messageRoundTrip
}

/// Properties that must hold for any input, however malformed: the checks the fuzzers, the
/// regression tests and `edgebench selftest` share.
public enum DecoderConsistency {
  /// Decodes `input` as varints with every strategy and checks they agree with `loop`, and that
  /// every decoded value round-trips through the encoder.
  public static func checkVarints(_ input: UnsafeRawBufferPointer) -> ConsistencyFailure? {
    // The same comparison `edgebench selftest` makes (every strategy on every path this CPU
    // runs, on an exactly sized copy of the input), so the fuzzers cover all of them.
    let bytes = Array(input)
    let reference = StrategyCrossCheck.Variant.loop.outcome(bytes)
    for variant in StrategyCrossCheck.Variant.allCases where variant != .loop {
      if variant.outcome(bytes) != reference { return .strategyDiffers(strategy: variant.name) }
    }
    guard case .decoded(let values, _) = reference else { return nil }
    for value in values {
      let bytes = Varint.encode(value)
      guard let decoded = try? VarintDecoder.decode(bytes), decoded.value == value,
        decoded.length == Varint.encodedSize(of: value)
      else { return .valueRoundTrip(value: value) }
    }
    return nil
  }

  /// Decodes `input` as one `Telemetry`; if it decodes, checks that encoding it again gives
  /// bytes of the predicted size that decode to the same message.
  public static func checkMessage(_ input: UnsafeRawBufferPointer) -> ConsistencyFailure? {
    var reader = ByteReader(input)
    guard let message = try? TelemetryDecoder.decode(from: &reader) else { return nil }
    let bytes = TelemetryEncoder.encode(message)
    guard bytes.count == TelemetryEncoder.encodedSize(of: message),
      let again = try? TelemetryDecoder.decode(bytes), again == message
    else { return .messageRoundTrip }
    return nil
  }

  /// Decodes `input` as a message stream with every strategy and checks they agree with `loop`.
  public static func checkMessageStream(_ input: UnsafeRawBufferPointer) -> ConsistencyFailure? {
    let reference = streamSummary(.loop, input)
    for strategy in DecodeStrategy.allCases where strategy != .loop {
      if streamSummary(strategy, input) != reference {
        return .strategyDiffers(strategy: strategy.name)
      }
    }
    return nil
  }

  private static func streamSummary(
    _ strategy: DecodeStrategy, _ input: UnsafeRawBufferPointer
  ) -> Result<DecodeTally, DecodeError> {
    do throws(DecodeError) {
      return .success(try strategy.tallyMessages(input))
    } catch {
      return .failure(error)
    }
  }
}
