import Testing

@testable import Aggregation

@Suite("What may be compared")
struct ComparabilityTests {
  @Test("different checksums for one corpus are refused, naming both files")
  func checksumMismatch() throws {
    let odd = Fixtures.invalid("checksum-mismatch/odd-board/results.jsonl")
    let loaded = try ResultsLoader.load([Fixtures.hosts, odd])
    #expect {
      try ReportBuilder.build(loaded)
    } throws: { error in
      guard
        case .checksumMismatch(let corpus, let first, let firstSum, let second, let secondSum) =
          error as? AggregateError
      else { return false }
      return corpus == "one-byte" && first.path.hasPrefix(Fixtures.hosts)
        && second == RecordSource(path: odd, line: 1) && firstSum == "c52357126c8321b9"
        && secondSum == "deadbeefdeadbeef"
    }
    let message = messageOf { try ReportBuilder.build(loaded) }
    #expect(message.contains(odd + ":1"))
    #expect(message.contains("refusing to compare"))
  }

  @Test("the qemu-user host is emulated, by the runner's own verdict, and takes part in nothing")
  func emulatedHost() throws {
    let report = try Fixtures.report()
    let qemu = try #require(report.host("qemu-aarch64"))
    #expect(qemu.emulation.isEmulated)
    #expect(qemu.emulation.evidence.contains("user-mode-emulation"))
    #expect(!report.timedLabels.contains("qemu-aarch64"))
    #expect(report.rankings.allSatisfy { $0.label != "qemu-aarch64" })
    for table in report.cases {
      let row = try #require(table.rows.first { $0.summary.label == "qemu-aarch64" })
      #expect(row.isEmulated)
      #expect(row.versusBaseline == nil)
    }
    #expect(
      report.flips.allSatisfy { flip in
        (flip.faster + flip.slower).allSatisfy {
          $0.subject.label != "qemu-aarch64" && $0.reference.label != "qemu-aarch64"
        }
      })
    #expect(
      messageOf { try Fixtures.report(baseline: "qemu-aarch64") }
        == "'qemu-aarch64' ran under emulation; its timings cannot be a baseline")
  }

  @Test(
    "ENOSYS from perf_event_open on a kernel with perf events means emulated, without a verdict")
  func emulationFromCounters() {
    let enosys = CounterAvailability(
      status: "unavailable", reason: "no-syscall", errno: "ENOSYS", message: nil)
    func host(paranoid: Int?) -> HostFacts {
      HostFacts(
        hostname: "h", machine: "aarch64", cpuModel: nil, board: nil, coreTypes: [],
        virtualization: "none-detected", virtualizationEvidence: "no hypervisor signature found",
        perfEventParanoid: paranoid, cpu: nil, caches: nil)
    }
    #expect(EmulationVerdict(host: host(paranoid: 2), counters: ["cycles": enosys]).isEmulated)
    // A kernel built without perf events has no perf_event_paranoid: not an emulator.
    #expect(!EmulationVerdict(host: host(paranoid: nil), counters: ["cycles": enosys]).isEmulated)
    // A VM runs the code on the real CPU.
    let vm = HostFacts(
      hostname: "h", machine: "x86_64", cpuModel: nil, board: nil, coreTypes: [],
      virtualization: "kvm", virtualizationEvidence: "CPUID", perfEventParanoid: 2, cpu: nil,
      caches: nil)
    #expect(!EmulationVerdict(host: vm, counters: [:]).isEmulated)
  }

  @Test("different builds, synthetic data and mixed core types are warned about")
  func warnings() throws {
    let report = try Fixtures.report()
    let warnings = report.warnings.joined(separator: "\n")
    #expect(
      warnings.contains(
        "builds differ in build mode (rk3588: embedded; ryzen-3950x, ryzen-5600x, vm-nocounters: full)"
      ))
    #expect(warnings.contains("SYNTHETIC records"))
    #expect(
      warnings.contains(
        "rk3588: decode/uniform-length/loop samples ran on different core types: Cortex-A55 (8), Cortex-A76 (4)"
      ))
    #expect(!warnings.contains("decode/one-byte/loop samples ran on different core types"))
  }

  @Test("a host often off the CPU gets a warning about its wall-clock times; --time cpu drops it")
  func busyHost() throws {
    let wall = try Fixtures.report()
    let busy = wall.warnings.filter { $0.contains("a busy machine") }
    #expect(busy.count == 1)
    #expect(
      busy.first?.hasPrefix("vm-nocounters: the process was on a CPU for as little as 60%") == true)
    let cpu = try ReportBuilder.build(
      ResultsLoader.load([Fixtures.hosts]),
      settings: ReportBuilder.Settings(baseline: "ryzen-3950x", clock: .cpu))
    #expect(cpu.clock == .cpu)
    #expect(!cpu.warnings.contains { $0.contains("a busy machine") })
    #expect(
      cpu.warnings.contains(
        "qemu-aarch64: 6 cases have no CPU ns/value samples (task-clock was not counted); left out")
    )
    // CPU time leaves the busy VM's waiting out: 0.6 × its wall-clock time.
    let key = CaseKey(command: "decode", corpus: "one-byte", strategy: "loop")
    let wallRow = try #require(
      wall.cases.first { $0.key == key }?.rows.first { $0.summary.label == "vm-nocounters" })
    let cpuRow = try #require(
      cpu.cases.first { $0.key == key }?.rows.first { $0.summary.label == "vm-nocounters" })
    #expect(abs(cpuRow.summary.median / wallRow.summary.median - 0.6) < 0.001)
    #expect(
      cpu.cases.allSatisfy { table in !table.rows.contains { $0.summary.label == "qemu-aarch64" } })
  }

  @Test("an unknown baseline is a usage error listing the hosts; the default skips emulated hosts")
  func baselines() throws {
    #expect(
      messageOf { try Fixtures.report(baseline: "pi5") }.hasPrefix(
        "no host labelled 'pi5'; the hosts are: qemu-aarch64, rk3588"))
    let report = try ReportBuilder.build(ResultsLoader.load([Fixtures.hosts]))
    #expect(report.baseline == "rk3588")
  }

  @Test("a host without hardware counters says so instead of guessing")
  func hostWithoutCounters() throws {
    let report = try Fixtures.report()
    let vm = try #require(report.host("vm-nocounters"))
    #expect(vm.hardwareCounters == .unavailable("no-pmu (ENOENT)"))
    let row = try #require(report.cases.first?.rows.first { $0.summary.label == "vm-nocounters" })
    #expect(row.summary.counters.instructionsPerValue == nil)
    #expect(row.summary.counters.onCPUShare.map { abs($0 - 0.6) < 0.01 } == true)
    let decomposition = try #require(
      report.decompositions.first { $0.comparison.subject.label == "vm-nocounters" })
    guard case .unavailable(let reason) = decomposition.outcome else {
      Issue.record("decomposed without counters")
      return
    }
    #expect(reason == "vm-nocounters: hardware counters unavailable, no-pmu (ENOENT)")
  }
}
