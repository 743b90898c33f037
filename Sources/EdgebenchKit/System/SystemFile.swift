import CPerf

/// Reads files through CPerf, so the board build (no Glibc, no Foundation) can too.
public enum SystemFile {
  /// The text of a small file such as a /proc or /sys entry, without trailing whitespace,
  /// or nil when it cannot be read.
  public static func text(_ path: String, capacity: Int = 16 * 1024) -> String? {
    guard let bytes = try? smallFile(path, capacity: capacity) else { return nil }
    return TextScan.trimmed(String(decoding: bytes, as: UTF8.self))
  }

  /// A small file's whole text parsed as a decimal integer, or nil.
  public static func integer(_ path: String) -> Int? {
    guard let text = text(path, capacity: 64) else { return nil }
    return Int(text)
  }

  /// The bytes of a small file, up to `capacity`, read in page-sized chunks so a large limit
  /// costs no memory until it is used.
  public static func smallFile(_ path: String, capacity: Int) throws(FileError) -> [UInt8] {
    var bytes: [UInt8] = []
    let fd = path.withCString { cperf_open_read($0) }
    guard fd >= 0 else { throw .open(path: path, SystemError(-fd)) }
    defer { _ = cperf_close(fd) }
    var chunk = [UInt8](repeating: 0, count: 4096)
    while bytes.count < capacity {
      let wanted = min(chunk.count, capacity - bytes.count)
      let count = chunk.withUnsafeMutableBytes { buffer in
        cperf_read(fd, buffer.baseAddress.unsafelyUnwrapped, wanted)
      }
      guard count >= 0 else { throw .read(path: path, SystemError(Int32(-count))) }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<Int(count)])
    }
    return bytes
  }

  /// The entry names of directory `path`, sorted, or nil when it cannot be listed.
  public static func directoryEntries(_ path: String) -> [String]? {
    let capacity = 16 * 1024
    var bytes = [UInt8](repeating: 0, count: capacity)
    let count = path.withCString { cPath in
      bytes.withUnsafeMutableBytes { buffer in
        cperf_list_directory(
          cPath, buffer.baseAddress.unsafelyUnwrapped.assumingMemoryBound(to: CChar.self),
          buffer.count)
      }
    }
    guard count >= 0 else { return nil }
    let text = String(decoding: bytes[0..<Int(count)], as: UTF8.self)
    return text.split(separator: "\n").map { String($0) }.sorted()
  }

  /// Reads all of the file at `path`, however large, in chunks.
  public static func contents(_ path: String) throws(FileError) -> [UInt8] {
    var bytes: [UInt8] = []
    try forEachChunk(of: path) { chunk in bytes.append(contentsOf: chunk) }
    return bytes
  }

  /// Calls `body` with successive chunks of the file at `path` (used to hash the executable
  /// without holding it in memory).
  public static func forEachChunk(
    of path: String, chunkSize: Int = 64 * 1024, _ body: (UnsafeRawBufferPointer) -> Void
  ) throws(FileError) {
    let fd = path.withCString { cperf_open_read($0) }
    guard fd >= 0 else { throw .open(path: path, SystemError(-fd)) }
    defer { _ = cperf_close(fd) }
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
    defer { chunk.deallocate() }
    while true {
      let count = cperf_read(fd, chunk.baseAddress.unsafelyUnwrapped, chunk.count)
      guard count >= 0 else { throw .read(path: path, SystemError(Int32(-count))) }
      if count == 0 { return }
      body(UnsafeRawBufferPointer(rebasing: chunk[0..<Int(count)]))
    }
  }
}
