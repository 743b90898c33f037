import CPerf
import Testing

@testable import EdgebenchKit

@Suite struct HostTests {
  @Test func peakMemoryReadsVmHWM() {
    let status = "Name:\tedgebench\nVmPeak:\t  20000 kB\nVmHWM:\t    8560 kB\nVmRSS:\t 8000 kB\n"
    #expect(PeakMemory.highWaterMark(in: status) == 8560)
    #expect(PeakMemory.highWaterMark(in: "VmRSS:\t 8000 kB\n") == nil)
    #expect(PeakMemory.highWaterMark(in: "VmHWM:\t kB\n") == nil)
    // This process: a positive figure, no larger than getrusage's (which also counts a
    // launcher's peak across exec).
    let own = PeakMemory.residentKiB() ?? 0
    #expect(own > 0 && Int64(own) <= cperf_peak_rss_kib())
  }

  @Test func cpuListsParseAndPrint() {
    #expect(TextScan.cpuList("0-3,6,8-9\n") == [0, 1, 2, 3, 6, 8, 9])
    #expect(TextScan.cpuList("0") == [0])
    #expect(TextScan.cpuList("3-1") == nil)
    #expect(TextScan.cpuList("a") == nil)
    #expect(TextScan.cpuListText([9, 0, 1, 2, 3, 6, 8]) == "0-3,6,8-9")
    #expect(TextScan.byteSize("32K") == 32 * 1024)
    #expect(TextScan.byteSize("2M") == 2 * 1024 * 1024)
    #expect(TextScan.byteSize("512") == 512)
    #expect(TextScan.byteSize("x") == nil)
    #expect(TextScan.hexadecimal("0x41") == 0x41)
    #expect(TextScan.contains("QEMU Standard PC", "Standard"))
    #expect(!TextScan.contains("KVM", "QEMU"))
  }

  @Test func armCoresAreNamedFromMIDR() {
    let fields = ARMCoreTable.fields(midr: 0x410F_D083)
    #expect(fields.implementer == 0x41 && fields.part == 0xD08)
    #expect(fields.variant == 0 && fields.revision == 3)
    #expect(ARMCoreTable.describe(implementer: 0x41, part: 0xD08) == "Cortex-A72")
    #expect(ARMCoreTable.describe(implementer: 0x41, part: 0xD03) == "Cortex-A53")
    #expect(ARMCoreTable.describe(implementer: 0x41, part: 0xD0C) == "Neoverse-N1")
    #expect(ARMCoreTable.describe(implementer: 0x61, part: 0x023) == "Apple M1 Firestorm")
    #expect(ARMCoreTable.describe(implementer: 0x41, part: 0xD99) == "ARM part 0xd99")
    #expect(ARMCoreTable.describe(implementer: 0x99, part: 0x1) == "implementer 0x99 part 0x1")
  }

  /// A big.LITTLE /proc/cpuinfo (RK3399: two Cortex-A72, four Cortex-A53).
  @Test func cpuinfoOfHeterogeneousBoard() throws {
    var text = ""
    for cpu in 0..<6 {
      let part = cpu < 4 ? "0xd03" : "0xd08"
      text += "processor\t: \(cpu)\nBogoMIPS\t: 48.00\nCPU implementer\t: 0x41\n"
      text += "CPU architecture: 8\nCPU variant\t: 0x0\nCPU part\t: \(part)\nCPU revision\t: 4\n\n"
    }
    text += "Hardware\t: Rockchip RK3399\n"
    let info = CPUInfo(text: text)
    #expect(info.processors.count == 6)
    #expect(info.machine["Hardware"] == "Rockchip RK3399")
    let midr = try #require(info.midr(of: 5))
    #expect(midr == 0x410F_D084)
    let fields = ARMCoreTable.fields(midr: try #require(info.midr(of: 0)))
    #expect(
      ARMCoreTable.describe(implementer: fields.implementer, part: fields.part) == "Cortex-A53")
    #expect(Virtualization.userModeEmulation(cpuInfo: info) != nil || cpuArchitecture() != "x86_64")
  }

  @Test func hypervisorNames() {
    #expect(Virtualization.hypervisorKind("KVMKVMKVM") == "kvm")
    #expect(Virtualization.hypervisorKind("Microsoft Hv") == "hyper-v")
    #expect(Virtualization.dmiKind("Standard PC (Q35 + ICH9, 2009) QEMU") == "qemu")
    #expect(Virtualization.dmiKind("PowerEdge R740 Dell Inc.") == nil)
  }

  @Test func fingerprintOfThisMachine() {
    let host = HostFingerprint.collect()
    #expect(host.kernel.sysname == "Linux")
    #expect(!host.hostname.isEmpty && !host.cpuModel.isEmpty)
    #expect(host.onlineCount == Int(cperf_online_cpu_count()))
    #expect(host.coreTypes.reduce(0) { $0 + $1.cpus.count } == host.onlineCount)
    #expect(host.perfEventParanoid == SystemFile.integer("/proc/sys/kernel/perf_event_paranoid"))
    let build = BuildFacts.collect()
    #expect(build.mode == "full")
    #expect(build.binarySHA256?.count == 64)
    #expect((build.binaryBytes ?? 0) > 0)
  }

  private func cpuArchitecture() -> String { String(cString: cperf_compiled_architecture()) }
}
