/// Checks on the running machine that every decode strategy, on every instruction path this
/// CPU runs, decodes as `loop` does: same values, same error at the same offset.
///
/// The Swift Testing suites check this on the host in depth; boards have no test runner, so
/// `edgebench selftest` runs this smaller sweep there (under QEMU in CI), where the NEON path
/// and aarch64 code generation get exercised, and on each x86_64 CPU its BMI2 and SSSE3 paths.
public enum StrategyCrossCheck {
  /// What one bulk decode produced: the values and counts, or the error.
  public enum Outcome: Equatable {
    /// Decoded `values`, as `result` counts them.
    case decoded(values: [UInt64], result: BulkDecodeResult)
    /// Threw `error`.
    case failed(DecodeError)
  }

  /// A bulk decoder to compare: a strategy on one of the instruction paths this CPU runs.
  struct Variant: Equatable {
    /// The strategy.
    let strategy: DecodeStrategy
    /// Its instruction path, one of `strategy.supportedPaths`.
    let path: InstructionPath

    /// The reference every variant is compared with.
    static let loop = Variant(strategy: .loop, path: .scalar)

    /// Every strategy on every path this CPU runs, so each path is checked whichever the
    /// dispatcher would pick.
    @_optimize(size)  // cold: once per run, so bytes matter more than cycles
    static var allCases: [Variant] {
      DecodeStrategy.allCases.flatMap { strategy in
        strategy.supportedPaths.map { Variant(strategy: strategy, path: $0) }
      }
    }

    /// The name a disagreement is reported under: "word@bmi2".
    @_optimize(size)  // cold: once per run, so bytes matter more than cycles
    var name: String { strategy.name + "@" + path.name }

    /// Decodes `input` into `output` with this variant.
    func decodeAll(
      _ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt64>
    ) throws(DecodeError) -> BulkDecodeResult {
      try strategy.decodeAll(input, into: output, path: path)
    }

    /// Decodes `bytes[0..<length]`, copied into an allocation of exactly `length` bytes (so a
    /// read past the end is a read past the allocation), into `capacity` values.
    func outcome(_ bytes: [UInt8], length: Int? = nil, capacity: Int? = nil) -> Outcome {
      let length = min(length ?? bytes.count, bytes.count)
      let input = UnsafeMutableRawBufferPointer.allocate(byteCount: length, alignment: 1)
      defer { input.deallocate() }
      for index in 0..<length { input[index] = bytes[index] }
      let output = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: capacity ?? length)
      defer { output.deallocate() }
      output.initialize(repeating: 0xDEAD)
      do throws(DecodeError) {
        let result = try decodeAll(UnsafeRawBufferPointer(input), into: output)
        return .decoded(values: Array(output[0..<result.valueCount]), result: result)
      } catch {
        return .failed(error)
      }
    }
  }

  /// Varint bytes of `count` values, seeded: each value from a distribution drawn at random, or
  /// with `run` over 1, runs of `run` values from one distribution — whole blocks of one-byte or
  /// of long varints, and the switches between them, which the vector paths decode differently.
  @_optimize(size)  // cold: test inputs, and the board binary has a size limit
  public static func mixedVarints(count: Int, seed: UInt64, run: Int = 1) -> [UInt8] {
    var random = SplitMix64(seed: seed)
    var bytes: [UInt8] = []
    var distribution = VarintDistribution.oneByte
    for index in 0..<count {
      if index % run == 0 {
        distribution =
          VarintDistribution.allCases[
            Int(random.next(below: UInt64(VarintDistribution.allCases.count)))]
      }
      Varint.append(distribution.nextValue(&random), to: &bytes)
    }
    return bytes
  }

  /// The first input on which a variant disagrees with `loop`, described, or nil when all
  /// agree: mixed buffers and runs of one distribution, cut at every length near their end,
  /// short outputs, and over-long, overflowing and truncated varints after valid prefixes.
  @_optimize(size)  // cold: once per selftest, so bytes matter more than cycles
  public static func firstDisagreement() -> String? {
    var inputs: [(bytes: [UInt8], length: Int, capacity: Int)] = []
    for seed in 1...10 as ClosedRange<UInt64> {
      let bytes =
        seed <= 6
        ? mixedVarints(count: 40, seed: seed) : mixedVarints(count: 720, seed: seed, run: 90)
      for length in max(0, bytes.count - 90)...bytes.count {
        inputs.append((bytes, length, length))
      }
      for capacity in [0, 1, 17, 64, 65, 80, 81] {
        inputs.append((bytes, bytes.count, capacity))
      }
      let bad: [[UInt8]] = [
        [UInt8](repeating: 0xFF, count: 10) + [0x01], [UInt8](repeating: 0x80, count: 9) + [0x02],
        [UInt8](repeating: 0x80, count: 69) + [0x00], [0xFF, 0xFF],
      ]
      for tail in bad {
        let withTail = Array(bytes[0..<(bytes.count / 2)]) + tail + bytes
        inputs.append((withTail, withTail.count, withTail.count))
      }
    }
    for input in inputs {
      let expected = Variant.loop.outcome(
        input.bytes, length: input.length, capacity: input.capacity)
      for variant in Variant.allCases {
        let outcome = variant.outcome(input.bytes, length: input.length, capacity: input.capacity)
        if outcome != expected {
          return
            "\(variant.name) differs from loop on \(input.length) bytes, capacity \(input.capacity)"
        }
      }
    }
    return nil
  }
}
