import CPerf
import CodecCore

/// Facts about one invocation shared by all its records: what was asked, when, on what, and
/// what it cost in memory.
public struct RunContext {
  /// Identifies the run; every record of one run carries the same id.
  public let runID: String
  /// When the run started, nanoseconds since the Unix epoch.
  public let startedUnixNanoseconds: Int64
  /// "decode", "encode" or "roundtrip".
  public let command: String
  /// The arguments after the program name.
  public let arguments: [String]
  /// The measurement protocol.
  public let plan: MeasurementPlan
  /// Median cost of a clock read pair, taken off every sample.
  public let clockOverheadNanoseconds: UInt64
  /// The host.
  public let host: HostFingerprint
  /// The build.
  public let build: BuildFacts
  /// The counters' statuses and read cost.
  public let counters: CounterSet?
  /// Peak resident memory of the process at the end of the run, in KiB.
  public let peakRSSKiB: Int?
  /// Bytes of corpus inputs the run held.
  public let corpusBytes: Int
  /// Bytes of output and decoded-value buffers sized by the corpora (messages decoded for
  /// encoding are not counted: their size is not known without walking the heap).
  public let bufferBytes: Int

  /// Makes a context.
  public init(
    command: String, arguments: [String], plan: MeasurementPlan, host: HostFingerprint,
    build: BuildFacts, counters: CounterSet?, corpusBytes: Int, bufferBytes: Int,
    startedUnixNanoseconds: Int64,
    clockOverheadNanoseconds: UInt64
  ) {
    self.command = command
    self.arguments = arguments
    self.plan = plan
    self.host = host
    self.build = build
    self.counters = counters
    self.corpusBytes = corpusBytes
    self.bufferBytes = bufferBytes
    self.startedUnixNanoseconds = startedUnixNanoseconds
    peakRSSKiB = PeakMemory.residentKiB()
    self.clockOverheadNanoseconds = clockOverheadNanoseconds
    let identity =
      String(startedUnixNanoseconds) + "/" + String(cperf_process_id()) + "/"
      + host.hostname
    runID = NumberFormat.hex64(FNV1a64.hash(identity.utf8))
  }
}
