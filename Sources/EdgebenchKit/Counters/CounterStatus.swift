/// Whether one event is counted on this machine, where, and if not, why.
public struct CounterStatus: Equatable, Sendable {
  /// The event.
  public let event: CounterEvent
  /// The PMUs counting it; empty when unavailable.
  public let pmus: [String]
  /// True when kernel-mode counts are excluded (always for hardware events; for software
  /// events only when perf_event_paranoid forced it, which makes context-switches read 0).
  public let excludesKernel: Bool
  /// Why it is unavailable, when it is.
  public let unavailable: CounterUnavailable?

  /// True when the event gives numbers.
  public var isCounting: Bool { unavailable == nil && !pmus.isEmpty }
}
