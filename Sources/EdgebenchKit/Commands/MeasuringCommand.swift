/// The commands that measure cases, all on one road (cases → sampler → results): what each
/// times, its flags and defaults, and how its table looks.
public enum MeasuringCommand: String, CaseIterable, Sendable {
  /// Decode corpora with each strategy.
  case decode
  /// Encode each corpus's values with the reference writer.
  case encode
  /// Encode, then decode with each strategy.
  case roundtrip
  /// `decode` with short CPU-clock samples, shown as ratios to `loop` side by side.
  case bench

  /// What its cases time.
  public var kind: BenchmarkKind {
    switch self {
    case .decode, .bench: return .decode
    case .encode: return .encode
    case .roundtrip: return .roundtrip
    }
  }

  /// One line for the command list.
  public var summary: String {
    switch self {
    case .decode: return "decode corpora with each strategy: time, counters, count and sum"
    case .encode: return "encode each corpus's values back to bytes with the reference writer"
    case .roundtrip: return "encode each corpus's values, then decode them with each strategy"
    case .bench: return "every strategy beside loop on every corpus, as ratios (CPU clock)"
    }
  }

  /// Its defaults: `bench` takes many short samples on the thread's CPU clock, so ratios
  /// measured side by side hold up on a busy machine.
  var defaults: (samples: Int, sampleMilliseconds: Int, clock: SampleClock) {
    self == .bench ? (31, 2, .cpu) : (10, 10, .wall)
  }

  /// Its command line.
  public var syntax: CommandSyntax {
    CommandSyntax(
      name: rawValue, summary: summary, flags: RunOptions.flags(for: self),
      footer: "exit status: 0 done, 1 a check failed or results could not be written, 2 a usage"
        + " error")
  }
}
