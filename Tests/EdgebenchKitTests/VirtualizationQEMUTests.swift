import Foundation
import Testing

@testable import EdgebenchKit

/// A QEMU `-M virt` guest named from its device tree (issue #11): TCG (BogoMIPS 125.00) is
/// emulated, `qemu` with another timer is left undecided, a real board's tree is nothing.
@Suite struct VirtualizationQEMUTests {
  private func tree(model: String?, nodes: [String]) throws -> String {
    let path = NSTemporaryDirectory() + "edgebench-dt-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    if let model {
      try (model + "\0").write(toFile: path + "/model", atomically: true, encoding: .utf8)
    }
    for node in nodes {
      try FileManager.default.createDirectory(
        atPath: path + "/" + node, withIntermediateDirectories: true)
    }
    return path
  }

  @Test func tcgGuestIsQEMUTCG() throws {
    let path = try tree(model: "linux,dummy-virt", nodes: ["fw-cfg@9020000", "cpus"])
    defer { try? FileManager.default.removeItem(atPath: path) }
    let info = CPUInfo(text: "processor\t: 0\nBogoMIPS\t: 125.00\nCPU part\t: 0xd08\n")
    let verdict = Virtualization.qemuSystem(cpuInfo: info, deviceTree: path, firmware: path)
    #expect(verdict?.kind == "qemu-tcg")
    #expect(verdict?.hasVirtualClock == true)
    #expect(verdict.map { $0.evidence.contains("linux,dummy-virt") } == true)
    #expect(verdict.map { $0.evidence.contains("fw-cfg") } == true)
  }

  @Test func otherTimerLeavesTheAcceleratorUnknown() throws {
    let path = try tree(model: nil, nodes: ["fw-cfg@9020000"])
    defer { try? FileManager.default.removeItem(atPath: path) }
    let info = CPUInfo(text: "processor\t: 0\nBogoMIPS\t: 50.00\n")
    let verdict = Virtualization.qemuSystem(cpuInfo: info, deviceTree: path, firmware: path)
    #expect(verdict?.kind == "qemu")
    #expect(verdict?.hasVirtualClock == false)
  }

  @Test func realBoardTreeIsNotQEMU() throws {
    let path = try tree(model: "Raspberry Pi 4 Model B Rev 1.4", nodes: ["cpus", "soc"])
    defer { try? FileManager.default.removeItem(atPath: path) }
    let info = CPUInfo(text: "processor\t: 0\nBogoMIPS\t: 108.00\n")
    #expect(Virtualization.qemuSystem(cpuInfo: info, deviceTree: path, firmware: path) == nil)
  }
}
