import Foundation
import Testing

@testable import EdgebenchKit

#if canImport(Glibc)
  import Glibc
#endif

/// A fresh folder under the system's temporary directory, removed by `remove()`.
struct TemporaryFolder {
  let path: String

  init(_ label: String) throws {
    path = NSTemporaryDirectory() + "edgebench-" + label + "-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  func remove() { try? FileManager.default.removeItem(atPath: path) }

  /// Creates a FIFO named `name` in the folder; returns its path.
  func fifo(_ name: String) throws -> String {
    let fifo = path + "/" + name
    guard mkfifo(fifo, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
    return fifo
  }

  /// Creates a symbolic link `name` holding `target` verbatim; returns the link's path.
  func link(_ name: String, to target: String) throws -> String {
    let link = path + "/" + name
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    return link
  }
}

@Suite("the output policy: how each kind of output path is classified")
struct OutputTargetTests {
  @Test("each file kind has one rule")
  func treatments() {
    #expect(OutputTarget.treatment(of: nil) == .replace)
    #expect(OutputTarget.treatment(of: .regular) == .replace)
    #expect(OutputTarget.treatment(of: .characterDevice) == .stream)
    #expect(OutputTarget.treatment(of: .fifo) == .stream)
    for kind in [FileKind.directory, .blockDevice, .socket, .symbolicLink, .other] {
      #expect(OutputTarget.treatment(of: kind) == .refuse, "\(kind)")
    }
  }

  @Test("a regular file and a new path are replaced where they are; '-' is standard output")
  func filesAndStandardOutput() throws {
    let folder = try TemporaryFolder("target")
    defer { folder.remove() }
    let existing = folder.path + "/old.jsonl"
    try "old\n".write(toFile: existing, atomically: false, encoding: .utf8)
    #expect(try OutputTarget.resolve(existing) == .file(path: existing))
    #expect(
      try OutputTarget.resolve(folder.path + "/new.jsonl")
        == .file(path: folder.path + "/new.jsonl"))
    #expect(try OutputTarget.resolve("-") == .standardOutput)
    // The very file open as descriptor 1, whatever it is, is written through descriptor 1.
    #expect(try OutputTarget.resolve("/proc/self/fd/1") == .standardOutput)
  }

  @Test("links are followed to the file they name: relative, absolute, chained, dangling")
  func links() throws {
    let folder = try TemporaryFolder("links")
    defer { folder.remove() }
    try FileManager.default.createDirectory(
      atPath: folder.path + "/real", withIntermediateDirectories: true)
    let file = folder.path + "/real/results.jsonl"
    try "old\n".write(toFile: file, atomically: false, encoding: .utf8)
    let relative = try folder.link("relative", to: "real/results.jsonl")
    #expect(try OutputTarget.resolve(relative) == .file(path: folder.path + "/real/results.jsonl"))
    let absolute = try folder.link("absolute", to: file)
    #expect(try OutputTarget.resolve(absolute) == .file(path: file))
    // A relative target is resolved against the directory of the link holding it.
    _ = try folder.link("real/hop", to: "results.jsonl")
    let chained = try folder.link("chained", to: "real/hop")
    #expect(try OutputTarget.resolve(chained) == .file(path: folder.path + "/real/results.jsonl"))
    let dangling = try folder.link("dangling", to: "real/later.jsonl")
    #expect(try OutputTarget.resolve(dangling) == .file(path: folder.path + "/real/later.jsonl"))
  }

  @Test("a link loop is ELOOP, not a hang")
  func linkLoop() throws {
    let folder = try TemporaryFolder("loop")
    defer { folder.remove() }
    _ = try folder.link("a", to: "b")
    let b = try folder.link("b", to: "a")
    #expect {
      try OutputTarget.resolve(b)
    } throws: { error in
      guard case .open(_, let system) = error as? FileError else { return false }
      return system.name == "ELOOP"
    }
  }

  @Test("character devices and FIFOs, also through a link, are streams")
  func streams() throws {
    let folder = try TemporaryFolder("streams")
    defer { folder.remove() }
    let fifo = try folder.fifo("pipe")
    #expect(try OutputTarget.resolve(fifo) == .stream(path: fifo, kind: .fifo))
    #expect(
      try OutputTarget.resolve("/dev/full") == .stream(path: "/dev/full", kind: .characterDevice))
    let link = try folder.link("device", to: "/dev/full")
    #expect(try OutputTarget.resolve(link) == .stream(path: link, kind: .characterDevice))
    // Classifying a FIFO neither opens it (that would block without a reader) nor changes it.
    #expect(try FileKind.of(fifo, followingLinks: false) == .fifo)
  }

  @Test("a directory is refused with its path and kind named")
  func refusals() throws {
    let folder = try TemporaryFolder("refuse")
    defer { folder.remove() }
    #expect(throws: FileError.refused(path: folder.path, kind: .directory)) {
      try OutputTarget.resolve(folder.path)
    }
    let link = try folder.link("to-dir", to: ".")
    #expect(throws: FileError.refused(path: link, kind: .directory)) {
      try OutputTarget.preflight(link)
    }
    #expect(
      FileError.refused(path: "/dev/sda", kind: .blockDevice).message
        == "/dev/sda is a block device: refusing to write results there")
  }

  @Test("preflight finds a directory where no file can be created")
  func preflight() throws {
    let folder = try TemporaryFolder("preflight")
    defer { folder.remove() }
    #expect {
      try OutputTarget.preflight(folder.path + "/absent/results.jsonl")
    } throws: { error in
      guard case .notWritable(let directory, let system) = error as? FileError else {
        return false
      }
      return directory == folder.path + "/absent" && system.name == "ENOENT"
    }
    let target = try OutputTarget.preflight(folder.path + "/results.jsonl")
    #expect(target == .file(path: folder.path + "/results.jsonl"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }
}
