import Foundation
import Testing

@testable import Aggregation

@Suite("Loading results files")
struct LoaderTests {
  @Test("a folder is searched for *.jsonl; each record's label is its folder's name")
  func folderLabels() throws {
    let loaded = try ResultsLoader.load([Fixtures.hosts])
    #expect(loaded.files.count == 5)
    #expect(loaded.records.count == 30)
    let labels = Set(loaded.records.map { $0.label })
    #expect(labels == ["ryzen-3950x", "ryzen-5600x", "rk3588", "vm-nocounters", "qemu-aarch64"])
    #expect(loaded.records.allSatisfy { $0.synthetic })
    let first = try #require(loaded.records.first { $0.label == "rk3588" })
    #expect(first.host.coreTypes.map { $0.name } == ["Cortex-A55", "Cortex-A76"])
    #expect(first.host.coreTypes[1].cpus == [4, 5, 6, 7])
    #expect(first.samples.count == 12)
    // 50 iterations × 65536 values per sample.
    let sample = try #require(first.samples.first)
    #expect(sample.nanosecondsPerValue > 2 && sample.nanosecondsPerValue < 3)
    #expect(sample.countersPerValue["instructions"].map { abs($0 - 12) < 0.1 } == true)
  }

  @Test("samples timed on the thread CPU clock (bench) are kept apart from wall-clock ones")
  func cpuClockRecordsAreTheirOwnCommand() throws {
    let lines = try String(contentsOfFile: Fixtures.hostFile("ryzen-5600x"), encoding: .utf8)
      .split(separator: "\n")
    let first = try #require(lines.first.map(String.init))
    let marked = first.replacingOccurrences(
      of: "\"command\":\"decode\",", with: "\"command\":\"bench\",\"clock\":\"thread-cpu\",")
    #expect(marked != first)
    let folder = try Fixtures.temporaryFolder()
    let file = folder + "/bench.jsonl"
    try (marked + "\n").write(toFile: file, atomically: true, encoding: .utf8)
    let loaded = try ResultsLoader.load([file])
    #expect(loaded.records.map { $0.key.command } == ["bench-cpu-clock"])
  }

  @Test("a WebAssembly module's cases are compared with other WebAssembly runs only")
  func wasmRecordsAreTheirOwnCommand() throws {
    let lines = try String(contentsOfFile: Fixtures.hostFile("ryzen-5600x"), encoding: .utf8)
      .split(separator: "\n")
    let first = try #require(lines.first.map(String.init))
    let marked = first.replacingOccurrences(
      of: "\"virtualization\":{\"kind\":\"none-detected\"",
      with: "\"virtualization\":{\"kind\":\"wasm\"")
    #expect(marked != first)
    let folder = try Fixtures.temporaryFolder()
    let file = folder + "/wasm.jsonl"
    try (marked + "\n").write(toFile: file, atomically: true, encoding: .utf8)
    let loaded = try ResultsLoader.load([file])
    #expect(loaded.records.map { $0.key.command } == ["decode-wasm"])
  }

  @Test("LABEL=PATH names the host; a strategy name the aggregation never heard of is fine")
  func explicitLabel() throws {
    let loaded = try ResultsLoader.load(["my-board=" + Fixtures.hostFile("ryzen-5600x")])
    #expect(Set(loaded.records.map { $0.label }) == ["my-board"])
    #expect(Set(loaded.records.map { $0.key.strategy }) == ["loop", "word", "simd"])
  }

  @Test("a truncated line is an error naming the file and line 2")
  func malformedLine() {
    let file = Fixtures.invalid("malformed/broken-board/results.jsonl")
    #expect {
      try ResultsLoader.load([Fixtures.hosts, file])
    } throws: { error in
      guard case .malformed(let source, let reason) = error as? AggregateError else { return false }
      return source == RecordSource(path: file, line: 2) && reason.contains("not valid JSON")
    }
    let message = messageOf { try ResultsLoader.load([file]) }
    #expect(message.hasPrefix(file + ":2: malformed record"))
  }

  @Test("a missing field is named with its path, on its line")
  func missingField() {
    let file = Fixtures.invalid("missing-field/careless-board/results.jsonl")
    let message = messageOf { try ResultsLoader.load([file]) }
    #expect(message == file + ":3: malformed record: field 'case.strategy' is missing")
  }

  @Test("a schema version from the future is refused, naming the file and the versions read")
  func futureSchemaVersion() {
    let future = Fixtures.invalid("schema-future/future-board/results.jsonl")
    let message = messageOf { try ResultsLoader.load([Fixtures.hosts, future]) }
    #expect(
      message == future + ":1: schema_version 99 is not supported (this edgebench reads "
        + "versions 1 to 2)")
  }

  @Test("version 1 and version 2 records aggregate together; version 2 carries the CPU")
  func versionsOneAndTwoTogether() throws {
    let folder = try Fixtures.temporaryFolder()
    let line = try String(contentsOfFile: Fixtures.hostFile("ryzen-5600x"), encoding: .utf8)
      .split(separator: "\n")[0]
    var record = try #require(
      JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    record["schema_version"] = 2
    var host = try #require(record["host"] as? [String: Any])
    host["cpu"] = [
      "source": "cpuid", "vendor": "AuthenticAMD", "family": 25, "model": 33, "stepping": 0,
      "microcode": "0xa201016", "implementer": NSNull(), "part": NSNull(), "variant": NSNull(),
      "revision": NSNull(), "microarchitecture": "Zen 3", "features": ["ssse3", "bmi2"],
      "pext": "fast",
    ]
    record["host"] = host
    var run = try #require(record["run"] as? [String: Any])
    run["id"] = "a-version-2-run"
    record["run"] = run
    let data = try JSONSerialization.data(withJSONObject: record)
    let file = folder + "/zen3/results.jsonl"
    try FileManager.default.createDirectory(
      atPath: folder + "/zen3", withIntermediateDirectories: true)
    try data.write(to: URL(fileURLWithPath: file))
    let loaded = try ResultsLoader.load([Fixtures.hosts, folder])
    let zen3 = try #require(loaded.records.first { $0.label == "zen3" })
    #expect(zen3.schemaVersion == 2)
    #expect(zen3.host.cpu?.microarchitecture == "Zen 3")
    #expect(zen3.host.cpu?.description == "Zen 3 (family 25 model 33 stepping 0)")
    #expect(loaded.records.first { $0.label == "ryzen-5600x" }?.host.cpu == nil)
  }

  @Test("a results file copied twice is counted once and named in a warning")
  func duplicateFilesCountedOnce() throws {
    let folder = try Fixtures.temporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder + "/ryzen-5600x", withIntermediateDirectories: true)
    for name in ["results.jsonl", "results-copy.jsonl"] {
      try FileManager.default.copyItem(
        atPath: Fixtures.hostFile("ryzen-5600x"), toPath: folder + "/ryzen-5600x/" + name)
    }
    let loaded = try ResultsLoader.load([folder])
    #expect(loaded.files.count == 2)
    #expect(loaded.records.count == 6)
    #expect(loaded.records.allSatisfy { $0.source.path.hasSuffix("/results-copy.jsonl") })
    let warning = try #require(loaded.warnings.first)
    #expect(warning.hasPrefix(folder + "/ryzen-5600x/results.jsonl: 6 record(s) repeat"))
    #expect(warning.contains("counted once"))
    // The same file under two labels is one run too: its samples are pooled once.
    let twice = try ResultsLoader.load([
      "a=" + Fixtures.hostFile("ryzen-5600x"), "b=" + Fixtures.hostFile("ryzen-5600x"),
    ])
    #expect(twice.records.count == 6 && Set(twice.records.map { $0.label }) == ["a"])
    #expect(twice.warnings.count == 1)
  }

  @Test("impossible values are refused with the field, the value and why")
  func implausibleValues() {
    let negative = Fixtures.invalid("negative-time/bad-clock/results.jsonl")
    #expect(
      messageOf { try ResultsLoader.load([negative]) }
        == negative + ":2: malformed record: samples[3].ns is -5: a time cannot be negative")
    let nothing = Fixtures.invalid("zero-values/empty-board/results.jsonl")
    #expect(
      messageOf { try ResultsLoader.load([nothing]) }
        == nothing + ":1: malformed record: case.values is 0: a case that decoded nothing has "
        + "no time per value")
    let nan = Fixtures.invalid("not-a-number/nan-board/results.jsonl")
    let message = messageOf { try ResultsLoader.load([nan]) }
    #expect(message.hasPrefix(nan + ":1: malformed record: not valid JSON (NaN or Infinity"))
  }

  @Test("missing paths and folders without results files are errors naming them")
  func missingInputs() throws {
    #expect(
      messageOf { try ResultsLoader.load(["/nonexistent/results.jsonl"]) }
        == "/nonexistent/results.jsonl: cannot read: no such file or folder")
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent(
      "edgebench-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: empty) }
    #expect(
      messageOf { try ResultsLoader.load([empty.path]) } == empty.path
        + ": no results files (*.jsonl) in it")
  }
}

/// The message of the AggregateError `body` throws, or "" when it throws none.
func messageOf(_ body: () throws -> Any) -> String {
  do {
    _ = try body()
    return ""
  } catch let error as AggregateError {
    return error.message
  } catch {
    return "unexpected error: \(error)"
  }
}

@Suite("Peer records")
struct PeerRecordTests {
  @Test("Go and Rust peers' records load: their compiler stands in for Swift's; task-clock counts")
  func peersLoad() throws {
    let loaded = try ResultsLoader.load([Fixtures.root + "/peers"])
    #expect(loaded.records.count == 2)
    let builds = Set(loaded.records.map(\.build.description))
    #expect(builds.contains { $0.hasPrefix("peer, go1.") })
    #expect(builds.contains { $0.hasPrefix("peer, rustc ") })
    for record in loaded.records {
      #expect(record.label == "this-vm")
      #expect(record.samples.count == 3)
      #expect(record.samples.allSatisfy { ($0.countersPerValue["task-clock"] ?? 0) > 0 })
    }
    #expect(Set(loaded.records.map(\.key.strategy)) == ["go-uvarint", "rust-std"])
  }
}
