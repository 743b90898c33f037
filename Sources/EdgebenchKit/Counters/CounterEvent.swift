import CPerf
import CodecCore

/// A counter the runner reads through perf_event_open, with the perf type and config that
/// select it.
public enum CounterEvent: Int, SelectableByName, Sendable {
  /// CPU cycles in user space.
  case cycles
  /// Instructions retired in user space.
  case instructions
  /// Branch instructions retired.
  case branches
  /// Mispredicted branches.
  case branchMisses
  /// Level-1 data cache read misses.
  case l1dReadMisses
  /// Last-level cache misses, as the PMU defines them.
  case cacheMisses
  /// Nanoseconds the task ran on a CPU.
  case taskClock
  /// Times the task was switched out.
  case contextSwitches
  /// Times the task moved to another CPU.
  case cpuMigrations
  /// Page faults.
  case pageFaults

  /// The name results and output use (perf's spelling).
  public var name: String {
    switch self {
    case .cycles: return "cycles"
    case .instructions: return "instructions"
    case .branches: return "branches"
    case .branchMisses: return "branch-misses"
    case .l1dReadMisses: return "l1d-read-misses"
    case .cacheMisses: return "cache-misses"
    case .taskClock: return "task-clock"
    case .contextSwitches: return "context-switches"
    case .cpuMigrations: return "cpu-migrations"
    case .pageFaults: return "page-faults"
    }
  }

  /// True for events a CPU's PMU counts; false for the kernel's software events.
  public var isHardware: Bool {
    switch self {
    case .cycles, .instructions, .branches, .branchMisses, .l1dReadMisses, .cacheMisses:
      return true
    case .taskClock, .contextSwitches, .cpuMigrations, .pageFaults:
      return false
    }
  }

  /// perf_event_attr.type.
  var perfType: UInt32 {
    switch self {
    case .l1dReadMisses: return UInt32(CPERF_TYPE_HW_CACHE)
    case .taskClock, .contextSwitches, .cpuMigrations, .pageFaults:
      return UInt32(CPERF_TYPE_SOFTWARE)
    default: return UInt32(CPERF_TYPE_HARDWARE)
    }
  }

  /// perf_event_attr.config for the generic event; with `pmuType`, the extended form
  /// (PMU type in the upper 32 bits) that pins a generic hardware event to one PMU of a
  /// heterogeneous CPU.
  func perfConfig(pmuType: UInt32?) -> UInt64 {
    let base: UInt64
    switch self {
    case .cycles: base = 0  // PERF_COUNT_HW_CPU_CYCLES
    case .instructions: base = 1  // PERF_COUNT_HW_INSTRUCTIONS
    case .cacheMisses: base = 3  // PERF_COUNT_HW_CACHE_MISSES
    case .branches: base = 4  // PERF_COUNT_HW_BRANCH_INSTRUCTIONS
    case .branchMisses: base = 5  // PERF_COUNT_HW_BRANCH_MISSES
    // PERF_COUNT_HW_CACHE_L1D | OP_READ << 8 | RESULT_MISS << 16
    case .l1dReadMisses: base = 0 | 0 << 8 | 1 << 16
    case .taskClock: base = 1  // PERF_COUNT_SW_TASK_CLOCK
    case .pageFaults: base = 2  // PERF_COUNT_SW_PAGE_FAULTS
    case .contextSwitches: base = 3  // PERF_COUNT_SW_CONTEXT_SWITCHES
    case .cpuMigrations: base = 4  // PERF_COUNT_SW_CPU_MIGRATIONS
    }
    guard isHardware, let pmuType else { return base }
    return UInt64(pmuType) << 32 | base
  }

  /// The groups the runner opens. Events in one group are scheduled together, so ratios
  /// within a group (IPC, branch-miss rate) are exact even when the PMU multiplexes.
  public static let groups: [[CounterEvent]] = [
    [.cycles, .instructions, .branches, .branchMisses],
    [.l1dReadMisses, .cacheMisses],
    [.taskClock, .contextSwitches, .cpuMigrations, .pageFaults],
  ]
}
