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

  @Test("mixed schema versions are refused, naming a file of each version")
  func schemaVersionsDiffer() {
    let future = Fixtures.invalid("schema-v2/future-board/results.jsonl")
    #expect {
      try ResultsLoader.load([Fixtures.hosts, future])
    } throws: { error in
      guard case .schemaVersionsDiffer(let uses) = error as? AggregateError else { return false }
      return uses.map { $0.version } == [1, 2] && uses[1].path == future
        && uses[0].path.hasPrefix(Fixtures.hosts)
    }
    let alone = messageOf { try ResultsLoader.load([future]) }
    #expect(
      alone == future + ":1: schema_version 2 is not supported (this edgebench reads version 1)")
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
