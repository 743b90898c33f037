import CodecCore

/// One named self-test check.
public struct SelfTestCheck: Sendable {
  /// What it checks.
  public let name: String
  /// Runs it: true when it passed.
  public let run: @Sendable () -> Bool
}

/// The checks `edgebench selftest` runs; data here is fixed, so any target must agree with it.
public enum SelfTestChecks {
  /// The encoding of `Telemetry.golden`, as protoc writes it (Tests/Fixtures/telemetry-golden.hex).
  public static let goldenHex =
    "08d209108f1c18c0acf0b8f695910325efbeadde293b014d840d2f4a4030a9b4de753a"
    + "0ce6b8a9e5aea42d6e6f72746842040001ff7f4a0801ac0296010080105210080310dd"
    + "011d0f0000f0220401020003520052040810101f"

  /// All checks, in order.
  public static let all: [SelfTestCheck] = [
    SelfTestCheck(name: "varint vectors (protobuf encoding guide)", run: varintVectors),
    SelfTestCheck(name: "zigzag vectors", run: zigzagVectors),
    SelfTestCheck(name: "golden message encodes to the committed bytes", run: goldenEncodes),
    SelfTestCheck(name: "golden message decodes back", run: goldenDecodes),
    SelfTestCheck(
      name: "every strategy decodes every corpus to its count and sum", run: corporaDecode),
    SelfTestCheck(name: "encoding every corpus's values gives its bytes", run: corporaEncode),
    SelfTestCheck(name: "every strategy roundtrips every corpus", run: corporaRoundtrip),
    SelfTestCheck(name: "SHA-256 vectors (FIPS 180-4)", run: sha256Vectors),
    SelfTestCheck(
      name: "every decode strategy agrees with loop (values, errors, offsets)",
      run: { StrategyCrossCheck.firstDisagreement() == nil }),
    SelfTestCheck(
      name: "counter reasons keep their PMU names (issue #11)", run: counterReasonsKeepNames),
  ]

  private static func varintVectors() -> Bool {
    let vectors: [(UInt64, [UInt8])] = [
      (1, [0x01]), (150, [0x96, 0x01]), (300, [0xAC, 0x02]),
      (UInt64.max, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]),
    ]
    for (value, bytes) in vectors {
      guard Varint.encode(value) == bytes else { return false }
      guard let decoded = try? VarintDecoder.decode(bytes), decoded.value == value,
        decoded.length == bytes.count
      else { return false }
    }
    return true
  }

  private static func zigzagVectors() -> Bool {
    ZigZag.encode(Int32(0)) == 0 && ZigZag.encode(Int32(-1)) == 1 && ZigZag.encode(Int32(1)) == 2
      && ZigZag.encode(Int32(-2)) == 3 && ZigZag.encode(Int32.max) == 0xFFFF_FFFE
      && ZigZag.encode(Int32.min) == 0xFFFF_FFFF && ZigZag.encode(Int64.min) == UInt64.max
      && ZigZag.decode(UInt64.max) == Int64.min
  }

  private static func goldenEncodes() -> Bool {
    HexBytes.encode(TelemetryEncoder.encode(.golden)) == goldenHex
  }

  private static func goldenDecodes() -> Bool {
    guard let bytes = HexBytes.decode(goldenHex) else { return false }
    return (try? TelemetryDecoder.decode(bytes)) == .golden
  }

  private static func corporaDecode() -> Bool { allCasesPass(.decode) }

  private static func corporaEncode() -> Bool { allCasesPass(.encode) }

  private static func corporaRoundtrip() -> Bool { allCasesPass(.roundtrip) }

  @_optimize(size)  // cold: once per selftest, so bytes matter more than cycles
  private static func allCasesPass(_ kind: BenchmarkKind) -> Bool {
    let inputs = BuiltInCorpus.names.compactMap { BuiltInCorpus.named($0) }.map {
      CorpusInput(builtIn: $0)
    }
    guard inputs.count == BuiltInCorpus.names.count else { return false }
    let cases = BenchmarkCase.make(kind: kind, inputs: inputs, decoders: CaseDecoder.allCases)
    return cases.allSatisfy { $0.check().passed }
  }

  private static func sha256Vectors() -> Bool {
    SHA256.hex(of: [])
      == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
      && SHA256.hex(of: Array("abc".utf8))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
      && SHA256.hex(
        of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
  }

  /// The path of `edgebench info` on a one-PMU Arm board (issue #11): perf_event_open fails
  /// with ENOENT for events the PMU lacks, and the reason names the PMU, whose name came from
  /// sysfs at run time (a small string). The aarch64 Embedded build lost the name's small-string
  /// bits when the reason was stored, then trapped formatting it.
  private static func counterReasonsKeepNames() -> Bool {
    let name = ["armv8", "pmuv3"].joined(separator: "_")
    var opener = CounterOpener(corePMUs: [CorePMU(name: name, type: 8, cpus: "0")], paranoid: 3)
    // By name: errno numbers differ between Linux and WASI (ENOENT is 2 on one, 44 on the other).
    let noEntry = SystemError.noSuchFile.code
    opener.record((nil, [(.branches, noEntry), (.branchMisses, noEntry)]), pmu: name)
    opener.record(
      (
        nil,
        [
          (.l1dReadMisses, SystemError.notSupported.code),
          (.cacheMisses, SystemError.noDevice.code),
        ]
      ),
      pmu: name)
    let unsupported: Set<CounterEvent> = [.branches, .branchMisses, .l1dReadMisses, .cacheMisses]
    return opener.statuses().allSatisfy { status in
      guard let reason = status.unavailable else { return false }
      guard case .eventNotSupported(let pmu, _) = reason else {
        return !unsupported.contains(status.event) && reason == .notRequested
      }
      return pmu.utf8.count == name.utf8.count && pmu == name
        && TextScan.contains(reason.message, "'" + name + "' does not count")
    }
  }
}
