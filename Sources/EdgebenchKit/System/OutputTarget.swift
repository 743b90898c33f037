import CPerf

/// Where a command's output file goes, and so how it is written: the one output policy of
/// every command that writes a file (`--output`, `corpus --write`, `aggregate --output`).
///
/// - A regular file, or a path that does not exist yet, is replaced whole: the bytes go to a
///   temporary file in its directory, which is renamed over it (`AtomicFile`).
/// - A symbolic link is followed to the file it names (a dangling link to the file it would
///   create), and that file is replaced in *its* directory; the link stays a link.
/// - `-`, a path that is standard output itself (`/dev/stdout`), a character device
///   (`/dev/null`, `/dev/full`) and a FIFO are opened and written in place: never renamed over.
/// - A directory, a block device, a socket or anything else is refused.
package enum OutputTarget: Equatable, Sendable {
  /// Standard output (descriptor 1): `-`, or a path naming the file open there.
  case standardOutput
  /// A file replaced atomically; `path` is the end of any symbolic-link chain.
  case file(path: String)
  /// A character device or FIFO written in place through `path`.
  case stream(path: String, kind: FileKind)

  /// What the policy does with a file of `kind` (the kind after following links; nil when
  /// nothing exists there yet).
  package enum Treatment: Equatable, Sendable {
    /// Written whole through a rename in its directory.
    case replace
    /// Opened and written in place.
    case stream
    /// Not written at all.
    case refuse
  }

  /// The policy's rule for `kind`.
  package static func treatment(of kind: FileKind?) -> Treatment {
    switch kind {
    case nil, .regular: return .replace
    case .characterDevice, .fifo: return .stream
    case .directory, .blockDevice, .socket, .symbolicLink, .other: return .refuse
    }
  }

  /// Classifies `path` without writing anything. Throws `.refused` for kinds the policy
  /// does not write, and `.open` when the path cannot be examined (a link loop, a component
  /// that is not a directory, no permission).
  package static func resolve(_ path: String) throws(FileError) -> OutputTarget {
    if path == "-" { return .standardOutput }
    guard !path.isEmpty else { throw .open(path: path, .noSuchFile) }
    var kind: FileKind?
    do throws(FileError) {
      kind = try FileKind.of(path, followingLinks: true)
    } catch {
      guard case .open(_, let system) = error, system == .noSuchFile else {
        throw error
      }
      kind = nil  // nothing there yet, or a dangling link: the file it names will be created
    }
    if kind != nil, path.withCString({ cperf_same_file_as_descriptor($0, 1) }) == 1 {
      return .standardOutput
    }
    switch treatment(of: kind) {
    case .replace: return .file(path: try linkTarget(of: path))
    case .stream: return .stream(path: path, kind: kind ?? .other)
    case .refuse: throw .refused(path: path, kind: kind ?? .other)
    }
  }

  /// Classifies `path` as `resolve` does, then checks that a file can be created beside the
  /// file to be replaced and (under WebAssembly) renamed over it, so a destination that cannot
  /// be written is found before a long run rather than after it. Streams are not opened here:
  /// a FIFO would block until its reader.
  package static func preflight(_ path: String) throws(FileError) -> OutputTarget {
    let target = try resolve(path)
    guard case .file(let file) = target else { return target }
    let directory = AtomicFile.directory(of: file)
    let probe = file + ".probe-" + String(cperf_process_id())
    let fd = probe.withCString { cperf_create_exclusive($0) }
    guard fd >= 0 else { throw .notWritable(directory: directory, SystemError(-fd)) }
    _ = cperf_close(fd)
    // Natively rename(2) is always there; only a WebAssembly runtime may lack it.
    let renamed = probe + "-renamed"
    let status =
      cperf_is_wasi() == 0
      ? 0 : probe.withCString { from in renamed.withCString { cperf_check_rename(from, $0) } }
    _ = probe.withCString { cperf_unlink($0) }
    if status != 0 {
      if SystemError(-status) == .notSupported { throw .noAtomicRename(path: file) }
      throw .notWritable(directory: directory, SystemError(-status))
    }
    return target
  }

  /// The file at the end of `path`'s chain of symbolic links (`path` itself when it is not a
  /// link). Relative link targets are resolved against the link's directory; a dangling link
  /// ends at the name it points to. More than 40 links is ELOOP, as for the kernel.
  package static func linkTarget(of path: String) throws(FileError) -> String {
    var current = path
    for _ in 0..<40 {
      let kind: FileKind
      do throws(FileError) {
        kind = try FileKind.of(current, followingLinks: false)
      } catch {
        guard case .open(_, let system) = error, system == .noSuchFile else {
          throw error
        }
        return current
      }
      guard kind == .symbolicLink else { return current }
      let target = try readLink(current)
      current = target.hasPrefix("/") ? target : AtomicFile.directory(of: current) + "/" + target
    }
    throw .open(path: path, .tooManyLinks)
  }

  /// The text of symbolic link `path`.
  static func readLink(_ path: String) throws(FileError) -> String {
    var buffer = [UInt8](repeating: 0, count: 4096)
    let length = path.withCString { cPath in
      buffer.withUnsafeMutableBytes { bytes in
        cperf_read_link(
          cPath, bytes.baseAddress.unsafelyUnwrapped.assumingMemoryBound(to: CChar.self),
          bytes.count)
      }
    }
    guard length >= 0 else { throw .open(path: path, SystemError(Int32(-length))) }
    return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
  }
}
