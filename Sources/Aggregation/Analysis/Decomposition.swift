/// Explains a time ratio with the counters: time per value = instructions per value ×
/// cycles per instruction ÷ cycles per second. Each factor's ratio (subject ÷ reference, as
/// it acts on time) and the share of the gap's logarithm it accounts for; what the three do not
/// explain (wall clock versus task clock, medians of products versus products of medians) is
/// "other".
public struct Decomposition: Sendable {
  /// The comparison explained.
  public let comparison: Comparison
  /// The factors, or why they cannot be given.
  public let outcome: Outcome

  /// The factors, or the reason there are none.
  public enum Outcome: Sendable {
    /// Both sides counted instructions and cycles.
    case factors(DecompositionFactors)
    /// A side has no PMU, but both sides' builds have exact instruction counts from another
    /// source (valgrind): time splits into instructions × time per instruction.
    case instructionsOnly(InstructionFactors)
    /// A side lacks the counters; says which host and why.
    case unavailable(String)
  }

  /// Decomposes `comparison`; `subjectSupport` and `referenceSupport` say whether each side's
  /// host counted hardware events, and `counted` gives each side's instruction count from
  /// outside the PMU, used when a side has no PMU.
  init(
    _ comparison: Comparison, subjectSupport: CounterSupport, referenceSupport: CounterSupport,
    counted: (HostCaseSummary) -> InstructionCount? = { _ in nil }
  ) {
    self.comparison = comparison
    let pmuless =
      subjectSupport.unavailableReason != nil
      || referenceSupport.unavailableReason != nil
    if pmuless, let subject = counted(comparison.subject),
      let reference = counted(comparison.reference)
    {
      outcome = .instructionsOnly(
        InstructionFactors(
          time: comparison.ratio, instructions: subject.perValue / reference.perValue,
          tool: subject.tool == reference.tool ? subject.tool : subject.tool + "/" + reference.tool,
          significant: comparison.verdict.isSignificant))
      return
    }
    var missing: [String] = []
    for (summary, support) in [
      (comparison.subject, subjectSupport), (comparison.reference, referenceSupport),
    ] {
      if let reason = support.unavailableReason {
        let text = summary.label + ": hardware counters unavailable, " + reason
        if !missing.contains(text) { missing.append(text) }
      }
    }
    guard missing.isEmpty else {
      outcome = .unavailable(missing.joined(separator: "; "))
      return
    }
    let subject = comparison.subject.counters
    let reference = comparison.reference.counters
    guard let ipvS = subject.instructionsPerValue, let ipvR = reference.instructionsPerValue,
      let cpiS = subject.cyclesPerInstruction, let cpiR = reference.cyclesPerInstruction,
      ipvR > 0, cpiR > 0
    else {
      outcome = .unavailable("instructions or cycles missing from the samples")
      return
    }
    var frequency: Double?
    if let ghzS = subject.gigahertz, let ghzR = reference.gigahertz, ghzS > 0 {
      frequency = ghzR / ghzS
    }
    outcome = .factors(
      DecompositionFactors(
        time: comparison.ratio, instructions: ipvS / ipvR, cyclesPerInstruction: cpiS / cpiR,
        frequency: frequency, significant: comparison.verdict.isSignificant))
  }
}

/// The factor ratios of a decomposition and their log-shares of the time ratio.
public struct DecompositionFactors: Equatable, Sendable {
  /// The time ratio being explained.
  public let time: Double
  /// Instructions per value, subject ÷ reference.
  public let instructions: Double
  /// Cycles per instruction, subject ÷ reference (the inverse of the IPC ratio).
  public let cyclesPerInstruction: Double
  /// Reference clock ÷ subject clock: how the frequency acts on time (nil without task-clock).
  public let frequency: Double?
  /// What the factors leave over: time ÷ (instructions × CPI × frequency).
  public let other: Double
  /// ln(factor) ÷ ln(time) for instructions, CPI, frequency and other; they sum to 1. Nil when
  /// the gap is within noise or under 1%: shares of nothing are not meaningful.
  public let shares: Shares?

  /// Log-shares of the four factors.
  public struct Shares: Equatable, Sendable {
    /// Share of instructions per value.
    public let instructions: Double
    /// Share of cycles per instruction.
    public let cyclesPerInstruction: Double
    /// Share of frequency (0 when unknown: then it is inside `other`).
    public let frequency: Double
    /// Share of the rest.
    public let other: Double
  }

  /// Computes `other` and the shares.
  init(
    time: Double, instructions: Double, cyclesPerInstruction: Double, frequency: Double?,
    significant: Bool
  ) {
    self.time = time
    self.instructions = instructions
    self.cyclesPerInstruction = cyclesPerInstruction
    self.frequency = frequency
    other = time / (instructions * cyclesPerInstruction * (frequency ?? 1))
    let log = MathFunctions.naturalLog
    let gap = log(time)
    guard significant, abs(gap) >= log(1.01) else {
      shares = nil
      return
    }
    shares = Shares(
      instructions: log(instructions) / gap, cyclesPerInstruction: log(cyclesPerInstruction) / gap,
      frequency: frequency.map { log($0) / gap } ?? 0, other: log(other) / gap)
  }

  /// The factor that moves time the most in the direction of the gap, by name.
  public var dominant: String? {
    guard let shares else { return nil }
    let named: [(String, Double)] = [
      ("instructions per value", shares.instructions),
      ("cycles per instruction", shares.cyclesPerInstruction),
      ("clock frequency", shares.frequency), ("other", shares.other),
    ]
    return named.max { $0.1 < $1.1 }?.0
  }
}

/// A gap split into instructions per value (counted outside the PMU) and time per
/// instruction, for hosts without hardware counters. Time per instruction folds CPI and clock
/// together: without cycles they cannot be told apart.
public struct InstructionFactors: Sendable {
  /// The time ratio being explained.
  public let time: Double
  /// Instructions per value, subject ÷ reference.
  public let instructions: Double
  /// Time per instruction, subject ÷ reference: time ÷ instructions.
  public let timePerInstruction: Double
  /// Where the counts came from ("valgrind").
  public let tool: String
  /// ln(factor) ÷ ln(time) of instructions and of time per instruction (they sum to 1); nil
  /// when the gap is within noise or under 1%.
  public let shares: (instructions: Double, timePerInstruction: Double)?

  init(time: Double, instructions: Double, tool: String, significant: Bool) {
    self.time = time
    self.instructions = instructions
    self.tool = tool
    timePerInstruction = time / instructions
    let gap = MathFunctions.naturalLog(time)
    if significant, abs(gap) >= MathFunctions.naturalLog(1.01) {
      shares = (
        MathFunctions.naturalLog(instructions) / gap,
        MathFunctions.naturalLog(timePerInstruction) / gap
      )
    } else {
      shares = nil
    }
  }

  /// "instructions per value" or "time per instruction": the larger share; nil without shares.
  public var dominant: String? {
    guard let shares else { return nil }
    return shares.instructions > shares.timePerInstruction
      ? "instructions per value" : "time per instruction"
  }
}
