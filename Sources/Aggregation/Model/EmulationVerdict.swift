/// Whether a host's timings came from an emulator, and what says so.
///
/// The runner records its own verdict in `host.virtualization.kind`: "user-mode-emulation"
/// (qemu-user: the binary's architecture differs from the one /proc/cpuinfo describes, or
/// perf_event_open gives ENOSYS on a kernel that has perf events) or "qemu-tcg" (a QEMU system
/// emulator's CPUID signature). Records from a runner that did not catch it are judged from
/// their counters: ENOSYS from perf_event_open while /proc/sys/kernel/perf_event_paranoid
/// exists means the syscall was swallowed by a user-mode emulator. A VM (kvm, xen, ...) runs
/// the code on the real CPU and is not emulated.
public struct EmulationVerdict: Equatable, Sendable {
  /// True when the timings are an emulator's.
  public let isEmulated: Bool
  /// What the verdict rests on.
  public let evidence: String

  /// Virtualization kinds that mean emulated instructions.
  public static let emulatedKinds: Set<String> = ["user-mode-emulation", "qemu-tcg"]

  /// Judges one record's host.
  public init(host: HostFacts, counters: [String: CounterAvailability]) {
    if Self.emulatedKinds.contains(host.virtualization) {
      isEmulated = true
      evidence = "runner says " + host.virtualization + ": " + host.virtualizationEvidence
      return
    }
    let enosys = counters.contains { $0.value.errno == "ENOSYS" }
    if enosys, host.perfEventParanoid != nil {
      isEmulated = true
      evidence =
        "perf_event_open gave ENOSYS although the kernel has perf events "
        + "(perf_event_paranoid is set): a user-mode emulator such as qemu-user"
      return
    }
    isEmulated = false
    evidence = host.virtualization + ": " + host.virtualizationEvidence
  }
}
