/// Why a counter gives no numbers on this machine, in words a board owner can act on.
///
/// The cases that carry a PMU name are `indirect` (the name lives in a box): stored inline, the
/// aarch64 Embedded build packed this enum's tag into bits of the String that a small string
/// (such as "armv8_pmuv3", read from sysfs) uses for its bytes and its discriminator, so the
/// name read back as a huge large string and formatting it trapped (issue #11).
public enum CounterUnavailable: Error, Equatable, Sendable {
  /// perf_event_open does not exist (ENOSYS): user-mode emulation such as qemu-user, or a
  /// kernel built without perf events.
  case noSystemCall
  /// The kernel offers no CPU PMU (ENOENT/EOPNOTSUPP with no core PMU in sysfs): typical of a
  /// VM without a virtual PMU.
  case noPMU(SystemError)
  /// A PMU exists but does not count this event.
  indirect case eventNotSupported(pmu: String, SystemError)
  /// perf_event_paranoid forbids it for this user; the value is recorded.
  case paranoid(level: Int, SystemError)
  /// Permission denied although perf_event_paranoid allows it: a seccomp filter (a
  /// container's default profile) or a security module blocks perf_event_open.
  case blocked(paranoid: Int?, SystemError)
  /// The counter opened, but the PMU never scheduled it (counters taken by the NMI watchdog
  /// or another profiler).
  indirect case neverScheduled(pmu: String)
  /// Any other failure.
  case failed(SystemError)
  /// The run did not ask for this event.
  case notRequested
  /// A WebAssembly (WASI) module: WASI has no perf_event_open, whatever the host offers.
  case wasm

  /// A stable key for results files and scripts.
  public var key: String {
    switch self {
    case .noSystemCall: return "no-syscall"
    case .noPMU: return "no-pmu"
    case .eventNotSupported: return "event-not-supported"
    case .paranoid: return "paranoid"
    case .blocked: return "blocked"
    case .neverScheduled: return "never-scheduled"
    case .failed: return "failed"
    case .notRequested: return "not-requested"
    case .wasm: return "wasm"
    }
  }

  /// The errno behind it, if one.
  public var systemError: SystemError? {
    switch self {
    case .noSystemCall: return .noSystemCall
    case .noPMU(let error), .eventNotSupported(_, let error), .paranoid(_, let error),
      .blocked(_, let error), .failed(let error):
      return error
    case .neverScheduled, .notRequested, .wasm: return nil
    }
  }

  /// One sentence for output.
  @_optimize(size)  // cold: once per run, so bytes matter more than cycles
  public var message: String {
    switch self {
    case .noSystemCall:
      return "perf_event_open is not implemented (ENOSYS): user-mode emulation such as "
        + "qemu-user, or a kernel built without perf events"
    case .noPMU(let error):
      return "no CPU PMU (\(error.name)): \(CorePMU.devicesPath) lists none; "
        + "typical of a VM without a virtual PMU"
    case .eventNotSupported(let pmu, let error):
      return "the PMU '\(pmu)' does not count this event (\(error.name))"
    case .paranoid(let level, let error):
      return "perf_event_paranoid is \(level) (\(error.name)): counting is not allowed for "
        + "this user; user-space counting needs 2 or less "
        + "(sysctl kernel.perf_event_paranoid=2) or root"
    case .blocked(let paranoid, let error):
      let level = paranoid.map { String($0) } ?? "unknown"
      return "permission denied (\(error.name)) though perf_event_paranoid is \(level): "
        + "a seccomp filter (a container's default profile) or a security module blocks "
        + "perf_event_open"
    case .neverScheduled(let pmu):
      return "opened on '\(pmu)' but never scheduled: its counters are taken "
        + "(NMI watchdog or another profiler)"
    case .failed(let error):
      return "perf_event_open failed: \(error.description)"
    case .notRequested:
      return "not requested"
    case .wasm:
      return "a WebAssembly module: WASI has no perf_event_open (the runtime's host may count; "
        + "this module cannot)"
    }
  }

  /// Explains a failed perf_event_open of `event` on `pmu` from its errno and the facts
  /// around it.
  public static func classify(
    errno code: Int32, event: CounterEvent, pmu: String, paranoid: Int?, corePMUCount: Int
  ) -> CounterUnavailable {
    let error = SystemError(code)
    switch error {
    case .noSystemCall:
      return .noSystemCall
    case .notPermitted, .permissionDenied:
      // Unprivileged users may count their own user space up to level 2.
      if let paranoid, paranoid > 2 { return .paranoid(level: paranoid, error) }
      return .blocked(paranoid: paranoid, error)
    case .noSuchFile, .notSupported, .noDevice:
      if event.isHardware && corePMUCount == 0 { return .noPMU(error) }
      return .eventNotSupported(pmu: pmu, error)
    case .invalidArgument:
      return .eventNotSupported(pmu: pmu, error)
    default:
      return .failed(error)
    }
  }
}
