import CPerf

/// Writes a command's output file by the output policy (`OutputTarget`): regular files whole
/// through a rename, devices, FIFOs and standard output in place, everything else refused.
///
/// A write that fails or stops short — ENOSPC from /dev/full, EPIPE from a pipe whose reader
/// has gone — is a `FileError.write` naming the errno; it never passes silently.
package enum OutputFile {
  /// How standard output is named in messages.
  package static let standardOutputName = "standard output"

  /// Classifies `path` and writes `text` there.
  package static func write(_ text: String, to path: String) throws(FileError) {
    try write(text, to: try OutputTarget.resolve(path))
  }

  /// Writes `text` to `target`.
  package static func write(_ text: String, to target: OutputTarget) throws(FileError) {
    var copy = text
    var outcome: Result<Void, FileError> = .success(())
    copy.withUTF8 { bytes in
      outcome = Result { () throws(FileError) in
        try write(UnsafeRawBufferPointer(bytes), to: target)
      }
    }
    try outcome.get()
  }

  /// Writes `bytes` to `target`.
  package static func write(_ bytes: UnsafeRawBufferPointer, to target: OutputTarget)
    throws(FileError)
  {
    switch target {
    case .file(let path):
      try AtomicFile.replace(bytes, at: path)
    case .standardOutput:
      cperf_ignore_broken_pipe()
      cperf_flush_standard_output()
      try writeAll(bytes, to: 1, name: standardOutputName)
    case .stream(let path, _):
      cperf_ignore_broken_pipe()
      let fd = path.withCString { cperf_open_existing_write($0) }
      guard fd >= 0 else { throw .open(path: path, SystemError(-fd)) }
      // The path was classified before the run; if it has since become something else
      // (a regular file put in its place), it is not written in place.
      let kind = FileKind(code: cperf_descriptor_kind(fd))
      guard OutputTarget.treatment(of: kind) == .stream else {
        _ = cperf_close(fd)
        throw .refused(path: path, kind: kind)
      }
      var failure: FileError?
      do throws(FileError) {
        try writeAll(bytes, to: fd, name: path)
      } catch {
        failure = error
      }
      let closeStatus = cperf_close(fd)
      if let failure { throw failure }
      if closeStatus != 0 { throw .write(path: path, SystemError(-closeStatus)) }
    }
  }

  private static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32, name: String)
    throws(FileError)
  {
    guard let base = bytes.baseAddress, bytes.count > 0 else { return }
    let status = cperf_write_all(fd, base, bytes.count)
    if status != 0 { throw .write(path: name, SystemError(-status)) }
  }
}
