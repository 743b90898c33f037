import Foundation
import Testing

@testable import EdgebenchKit

@Suite struct AtomicFileTests {
  private func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "edgebench-atomic-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func writesWholeFileAndLeavesNoTemporary() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/results.jsonl"
    try OutputFile.write("first\n", to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "first\n")
    let text = String(repeating: "line of results\n", count: 10_000)
    try OutputFile.write(text, to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["results.jsonl"])
  }

  @Test func missingDirectoryIsATypedErrorAndWritesNothing() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/absent/results.jsonl"
    #expect {
      try OutputFile.write("x", to: path)
    } throws: { error in
      guard case .open(_, let system) = error as? FileError else { return false }
      return system.name == "ENOENT"
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
  }

  @Test func directoryHelpers() throws {
    #expect(AtomicFile.directory(of: "results.jsonl") == ".")
    #expect(AtomicFile.directory(of: "/results.jsonl") == "/")
    #expect(AtomicFile.directory(of: "out/run/results.jsonl") == "out/run")
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try AtomicFile.makeDirectory(directory + "/corpora")
    try AtomicFile.makeDirectory(directory + "/corpora")
    var isDirectory: ObjCBool = false
    #expect(
      FileManager.default.fileExists(atPath: directory + "/corpora", isDirectory: &isDirectory))
    #expect(isDirectory.boolValue)
  }
}
