import Foundation
import Testing

@testable import EdgebenchKit

#if canImport(Glibc)
  import Glibc
#endif

@Suite("the output policy: what each kind of output path is afterwards")
struct OutputFileTests {
  private func entries(_ path: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path).sorted()
  }

  @Test("a link stays a link; the file it names is replaced in its own directory")
  func link() throws {
    let folder = try TemporaryFolder("write-link")
    defer { folder.remove() }
    try FileManager.default.createDirectory(
      atPath: folder.path + "/real", withIntermediateDirectories: true)
    try "old\n".write(
      toFile: folder.path + "/real/results.jsonl", atomically: false, encoding: .utf8)
    let link = try folder.link("link", to: "real/results.jsonl")
    let text = String(repeating: "a line of results\n", count: 5_000)
    try OutputFile.write(text, to: link)
    #expect(try FileKind.of(link, followingLinks: false) == .symbolicLink)
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real/results.jsonl")
    #expect(
      try String(contentsOfFile: folder.path + "/real/results.jsonl", encoding: .utf8) == text)
    #expect(try entries(folder.path) == ["link", "real"])
    #expect(try entries(folder.path + "/real") == ["results.jsonl"])
  }

  @Test("a dangling link: the file it names is created, the link kept")
  func danglingLink() throws {
    let folder = try TemporaryFolder("write-dangling")
    defer { folder.remove() }
    let link = try folder.link("link", to: "later.jsonl")
    try OutputFile.write("new\n", to: link)
    #expect(try FileKind.of(link, followingLinks: false) == .symbolicLink)
    #expect(try String(contentsOfFile: folder.path + "/later.jsonl", encoding: .utf8) == "new\n")
    #expect(try entries(folder.path) == ["later.jsonl", "link"])
  }

  @Test("a FIFO's reader gets every byte, and the FIFO stays a FIFO")
  func fifo() async throws {
    let folder = try TemporaryFolder("write-fifo")
    defer { folder.remove() }
    let fifo = try folder.fifo("pipe")
    // More than a pipe holds (64 KiB), so the write has to stream to a reading reader.
    let text = String(repeating: "0123456789abcdef\n", count: 20_000)
    let reader = Task.detached { () -> Data? in
      FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile()
    }
    try OutputFile.write(text, to: fifo)
    let received = await reader.value
    #expect(received.map { String(decoding: $0, as: UTF8.self) } == text)
    #expect(try FileKind.of(fifo, followingLinks: false) == .fifo)
    #expect(try entries(folder.path) == ["pipe"])
  }

  @Test("a FIFO whose reader has gone is EPIPE, reported, not a silent death by SIGPIPE")
  func brokenPipe() async throws {
    let folder = try TemporaryFolder("write-epipe")
    defer { folder.remove() }
    let fifo = try folder.fifo("pipe")
    let reader = Task.detached { () -> Bool in
      guard let handle = FileHandle(forReadingAtPath: fifo) else { return false }
      try? handle.close()
      return true
    }
    // Larger than the pipe, so the writer meets the closed end however the two interleave.
    let text = String(repeating: "x", count: 1 << 20)
    #expect(throws: FileError.write(path: fifo, SystemError(Int32(CPERF_EPIPE)))) {
      try OutputFile.write(text, to: fifo)
    }
    #expect(await reader.value)
    #expect(try FileKind.of(fifo, followingLinks: false) == .fifo)
  }

  @Test("character devices are written in place: /dev/null takes it, /dev/full is ENOSPC")
  func devices() throws {
    try OutputFile.write("discarded\n", to: "/dev/null")
    #expect(try FileKind.of("/dev/null", followingLinks: false) == .characterDevice)
    #expect(throws: FileError.write(path: "/dev/full", SystemError(Int32(CPERF_ENOSPC)))) {
      try OutputFile.write("results\n", to: "/dev/full")
    }
    #expect(try FileKind.of("/dev/full", followingLinks: false) == .characterDevice)
    #expect(
      FileError.write(path: "/dev/full", SystemError(Int32(CPERF_ENOSPC))).message
        == "cannot write '/dev/full': ENOSPC (No space left on device)")
  }

  @Test("a directory is refused and left as it was")
  func directory() throws {
    let folder = try TemporaryFolder("write-dir")
    defer { folder.remove() }
    #expect(throws: FileError.refused(path: folder.path, kind: .directory)) {
      try OutputFile.write("x", to: folder.path)
    }
    #expect(try entries(folder.path).isEmpty)
  }
}
