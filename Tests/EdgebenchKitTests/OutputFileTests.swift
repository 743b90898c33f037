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
  func fifo() throws {
    let folder = try TemporaryFolder("write-fifo")
    defer { folder.remove() }
    let fifo = try folder.fifo("pipe")
    // More than a pipe holds (64 KiB), so the write has to stream to a reading reader.
    let text = String(repeating: "0123456789abcdef\n", count: 20_000)
    let reader = FIFOReader(fifo) { FileHandle(forReadingAtPath: $0)?.readDataToEndOfFile() }
    defer { reader.release() }
    try OutputFile.write(text, to: fifo)
    let received = reader.result()
    #expect(received.map { String(decoding: $0, as: UTF8.self) } == text)
    #expect(try FileKind.of(fifo, followingLinks: false) == .fifo)
    #expect(try entries(folder.path) == ["pipe"])
  }

  @Test("a FIFO whose reader has gone is EPIPE, reported, not a silent death by SIGPIPE")
  func brokenPipe() throws {
    let folder = try TemporaryFolder("write-epipe")
    defer { folder.remove() }
    let fifo = try folder.fifo("pipe")
    let reader = FIFOReader(fifo) { path -> Data? in
      guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
      try? handle.close()
      return Data()
    }
    defer { reader.release() }
    // Larger than the pipe, so the writer meets the closed end however the two interleave.
    let text = String(repeating: "x", count: 1 << 20)
    #expect(throws: FileError.write(path: fifo, .brokenPipe)) {
      try OutputFile.write(text, to: fifo)
    }
    #expect(reader.result() != nil)
    #expect(try FileKind.of(fifo, followingLinks: false) == .fifo)
  }

  @Test("character devices are written in place: /dev/null takes it, /dev/full is ENOSPC")
  func devices() throws {
    try OutputFile.write("discarded\n", to: "/dev/null")
    #expect(try FileKind.of("/dev/null", followingLinks: false) == .characterDevice)
    #expect(throws: FileError.write(path: "/dev/full", .noSpace)) {
      try OutputFile.write("results\n", to: "/dev/full")
    }
    #expect(try FileKind.of("/dev/full", followingLinks: false) == .characterDevice)
    #expect(
      FileError.write(path: "/dev/full", .noSpace).message
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

/// Reads a FIFO on a thread of its own: opening a FIFO blocks until the other end opens, and
/// blocking a Swift Testing worker (there are as many as cores) can starve the writer.
final class FIFOReader: @unchecked Sendable {
  private let path: String
  private let done = DispatchSemaphore(value: 0)
  private var value: Data?

  init(_ path: String, _ body: @escaping @Sendable (String) -> Data?) {
    self.path = path
    let thread = Thread { [self] in
      value = body(path)
      done.signal()
    }
    thread.start()
  }

  /// What the reader returned, after waiting up to 30 s for it; nil if it never finished.
  func result() -> Data? {
    guard done.wait(timeout: .now() + 30) == .success else { return nil }
    done.signal()
    return value
  }

  /// Unblocks a reader still waiting in open (when the write failed before opening), so a
  /// failed test does not hang.
  func release() {
    guard done.wait(timeout: .now() + 0.1) != .success else {
      done.signal()
      return
    }
    let fd = open(path, O_WRONLY | O_NONBLOCK)
    if fd >= 0 { close(fd) }
  }
}
