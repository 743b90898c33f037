import CPerf

/// Publishes a regular file whole or not at all: the bytes go to a temporary file beside the
/// target, are flushed to the device, and only then renamed over the target.
///
/// A run killed at any moment leaves either the old file or the complete new one under the
/// target's name — never a partial results file that parses as fewer cases than were run.
/// Under a WebAssembly runtime without path_rename (wasmkit 0.1.6) the rename is done by the
/// launcher with rename(2) after the run (CPerf's wasi_rename.c); without one it is refused
/// (`FileError.noAtomicRename`), never replaced by a copy.
/// This is the mechanism for regular files only; commands write through `OutputFile`, whose
/// policy (`OutputTarget`) decides when a rename is right.
public enum AtomicFile {
  /// Replaces the regular file (or creates the new one) at `path` with `bytes`, by a rename
  /// in `path`'s directory. `path` must not be a symbolic link: `OutputTarget` resolves links
  /// first, since a rename over a link would replace the link, not the file it names.
  package static func replace(_ bytes: UnsafeRawBufferPointer, at path: String) throws(FileError) {
    let temporary =
      path + ".tmp-" + String(cperf_process_id()) + "-" + String(cperf_monotonic_ns() % 1_000_000)
    let fd = temporary.withCString { cperf_create_exclusive($0) }
    guard fd >= 0 else { throw .open(path: temporary, SystemError(-fd)) }
    var failure: FileError?
    if let base = bytes.baseAddress, bytes.count > 0 {
      let status = cperf_write_all(fd, base, bytes.count)
      if status != 0 { failure = .write(path: temporary, SystemError(-status)) }
    }
    if failure == nil {
      let status = cperf_fsync(fd)
      if status != 0 { failure = .write(path: temporary, SystemError(-status)) }
    }
    let closeStatus = cperf_close(fd)
    if failure == nil, closeStatus != 0 {
      failure = .write(path: temporary, SystemError(-closeStatus))
    }
    if failure == nil {
      let status = temporary.withCString { from in path.withCString { cperf_rename(from, $0) } }
      if status != 0 {
        failure =
          SystemError(-status) == .notSupported
          ? .noAtomicRename(path: path) : .rename(from: temporary, to: path, SystemError(-status))
      }
    }
    if let failure {
      _ = temporary.withCString { cperf_unlink($0) }
      throw failure
    }
    // Make the rename itself durable; the file is already complete under its name.
    _ = directory(of: path).withCString { cperf_fsync_directory($0) }
  }

  /// The directory holding `path` ("." for a bare name).
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    if slash == path.startIndex { return "/" }
    return String(path[path.startIndex..<slash])
  }

  /// Creates directory `path` if it does not exist.
  public static func makeDirectory(_ path: String) throws(FileError) {
    let status = path.withCString { cperf_make_directory($0) }
    if status != 0 { throw .makeDirectory(path: path, SystemError(-status)) }
  }
}
