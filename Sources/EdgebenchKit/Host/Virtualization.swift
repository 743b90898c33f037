import CPerf

/// Whether the runner is inside a VM, an emulator or a container, and what says so — the
/// first thing to know before trusting a board's counters or timings.
public struct Virtualization: Equatable, Sendable {
  /// "none-detected", "kvm", "vmware", "hyper-v", "xen", "qemu-tcg", "virtualbox",
  /// "user-mode-emulation", "container", or another hypervisor's name.
  public let kind: String
  /// What the verdict rests on.
  public let evidence: String
  /// For kind "wasm": the WebAssembly runtime and its version, as its launcher names it.
  public var runtime: String? = nil

  /// Looks at CPUID, sysfs, the device tree (QEMU's `virt` machine), DMI, and whether /proc/cpuinfo describes the
  /// architecture this binary was built for.
  public static func detect(cpuInfo: CPUInfo) -> Virtualization {
    if cperf_is_wasi() != 0 { return webAssembly(cpuInfo: cpuInfo) }
    if let emulated = userModeEmulation(cpuInfo: cpuInfo) ?? missingPerfSyscall() {
      return emulated
    }
    var vendor = [CChar](repeating: 0, count: 16)
    if cperf_x86_hypervisor(&vendor, vendor.count) > 0 {
      let name = vendor.withUnsafeBufferPointer {
        String(cString: $0.baseAddress.unsafelyUnwrapped)
      }
      return Virtualization(
        kind: hypervisorKind(name), evidence: "CPUID hypervisor vendor '" + name + "'")
    }
    if let type = SystemFile.text("/sys/hypervisor/type") {
      return Virtualization(kind: type, evidence: "/sys/hypervisor/type")
    }
    if let qemu = qemuSystem(cpuInfo: cpuInfo) { return qemu }
    let deviceTree = "/sys/firmware/devicetree/base/hypervisor/compatible"
    if let compatible = SystemFile.text(deviceTree) {
      return Virtualization(kind: "hypervisor", evidence: deviceTree + " '" + compatible + "'")
    }
    if let product = SystemFile.text("/sys/class/dmi/id/product_name"),
      let kind = dmiKind(product + " " + (SystemFile.text("/sys/class/dmi/id/sys_vendor") ?? ""))
    {
      return Virtualization(kind: kind, evidence: "DMI product '" + product + "'")
    }
    if cpuInfo.processors.first?["flags"]?.split(separator: " ").contains("hypervisor") == true {
      return Virtualization(kind: "unknown-hypervisor", evidence: "cpuinfo flag 'hypervisor'")
    }
    if SystemFile.text("/.dockerenv", capacity: 1) != nil
      || SystemFile.text("/run/.containerenv", capacity: 1) != nil
    {
      return Virtualization(kind: "container", evidence: "/.dockerenv or /run/.containerenv")
    }
    return Virtualization(kind: "none-detected", evidence: "no hypervisor signature found")
  }

  /// True when cycle counts come from an emulator's virtual clock (QEMU TCG: a fixed 1 GHz,
  /// or instructions × 2^shift under icount), so IPC and GHz are no hardware facts.
  public var hasVirtualClock: Bool { kind == "qemu-tcg" }

  /// qemu-user runs the binary on another architecture's kernel: /proc/cpuinfo then describes
  /// the host's CPU, not the one the binary was built for.
  static func userModeEmulation(cpuInfo: CPUInfo) -> Virtualization? {
    let built = String(cString: cperf_compiled_architecture())
    guard let first = cpuInfo.processors.first else { return nil }
    let describesARM = first["CPU implementer"] != nil || first["CPU architecture"] != nil
    let describesX86 = first["vendor_id"] != nil
    let mismatch =
      ((built == "aarch64" || built == "arm") && describesX86)
      || (built == "x86_64" && describesARM && !describesX86)
    guard mismatch else { return nil }
    return Virtualization(
      kind: "user-mode-emulation",
      evidence: "built for " + built + " but /proc/cpuinfo describes another architecture")
  }

  /// qemu-user on the same architecture shows the real /proc/cpuinfo, but it does not
  /// implement perf_event_open: ENOSYS on a kernel that has perf events gives it away.
  static func missingPerfSyscall() -> Virtualization? {
    let descriptor = cperf_counter_open(UInt32(CPERF_TYPE_SOFTWARE), 1, -1, 1)
    if descriptor >= 0 {
      cperf_counter_close(descriptor)
      return nil
    }
    guard descriptor == -38, SystemFile.text("/proc/sys/kernel/perf_event_paranoid") != nil else {
      return nil
    }
    return Virtualization(
      kind: "user-mode-emulation",
      evidence: "perf_event_open gives ENOSYS although the kernel has perf events")
  }

  /// A QEMU `-M virt` machine, seen from the device tree the guest boots with: model
  /// `linux,dummy-virt`, or QEMU's fw_cfg device. Under TCG the generic timer runs at QEMU's
  /// fixed 62.5 MHz, which the kernel reports as BogoMIPS 125.00; KVM passes the host's timer.
  static func qemuSystem(
    cpuInfo: CPUInfo, deviceTree: String = "/sys/firmware/devicetree/base",
    firmware: String = "/sys/firmware"
  ) -> Virtualization? {
    var signs: [String] = []
    for file in ["/model", "/compatible"] {
      if let text = SystemFile.text(deviceTree + file, capacity: 256),
        TextScan.contains(text, "linux,dummy-virt")
      {
        signs.append("device-tree " + String(file.dropFirst()) + " 'linux,dummy-virt'")
        break
      }
    }
    if SystemFile.directoryEntries(deviceTree)?.contains(where: { $0.hasPrefix("fw-cfg@") }) == true
    {
      signs.append("device-tree node fw-cfg")
    } else if SystemFile.directoryEntries(firmware + "/qemu_fw_cfg") != nil {
      signs.append(firmware + "/qemu_fw_cfg")
    }
    guard !signs.isEmpty else { return nil }
    let bogoMIPS = cpuInfo.processors.first?["BogoMIPS"].map { TextScan.trimmed($0) }
    guard bogoMIPS == "125.00" else {
      return Virtualization(
        kind: "qemu", evidence: signs.joined(separator: ", ") + "; accelerator unknown")
    }
    signs.append("BogoMIPS 125.00 (TCG's 62.5 MHz timer)")
    return Virtualization(kind: "qemu-tcg", evidence: signs.joined(separator: ", "))
  }

  static func hypervisorKind(_ vendor: String) -> String {
    switch vendor {
    case "KVMKVMKVM": return "kvm"
    case "VMwareVMware": return "vmware"
    case "Microsoft Hv": return "hyper-v"
    case "XenVMMXenVMM": return "xen"
    case "TCGTCGTCGTCG": return "qemu-tcg"
    case "VBoxVBoxVBox": return "virtualbox"
    case "ACRNACRNACRN": return "acrn"
    case "bhyve bhyve ": return "bhyve"
    default: return TextScan.trimmed(vendor).isEmpty ? "unknown-hypervisor" : vendor
    }
  }

  static func dmiKind(_ product: String) -> String? {
    let known: [(String, String)] = [
      ("QEMU", "qemu"), ("KVM", "kvm"), ("VMware", "vmware"), ("VirtualBox", "virtualbox"),
      ("Virtual Machine", "hyper-v"), ("Amazon EC2", "aws"), ("Google Compute", "gce"),
      ("HVM domU", "xen"),
    ]
    for (marker, kind) in known where TextScan.contains(product, marker) { return kind }
    return nil
  }
}
