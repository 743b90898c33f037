import CPerf

/// What kind of file a path names, from the file-type bits `stat` reports.
public enum FileKind: Equatable, Sendable {
  /// A regular file.
  case regular
  /// A directory.
  case directory
  /// A character device, such as /dev/null, /dev/full or a terminal.
  case characterDevice
  /// A block device, such as a disk.
  case blockDevice
  /// A FIFO (named pipe), or a pipe reached through /proc/self/fd.
  case fifo
  /// A Unix-domain socket.
  case socket
  /// A symbolic link (only when the link itself is examined).
  case symbolicLink
  /// Anything else.
  case other

  /// The kind for a CPERF_FILE_* code.
  init(code: Int32) {
    switch code {
    case CPERF_FILE_REGULAR: self = .regular
    case CPERF_FILE_DIRECTORY: self = .directory
    case CPERF_FILE_CHARACTER_DEVICE: self = .characterDevice
    case CPERF_FILE_BLOCK_DEVICE: self = .blockDevice
    case CPERF_FILE_FIFO: self = .fifo
    case CPERF_FILE_SOCKET: self = .socket
    case CPERF_FILE_SYMBOLIC_LINK: self = .symbolicLink
    default: self = .other
    }
  }

  /// The kind of the file at `path`, through symbolic links when `followingLinks`.
  static func of(_ path: String, followingLinks: Bool) throws(FileError) -> FileKind {
    let code = path.withCString { cperf_file_kind($0, followingLinks ? 1 : 0) }
    guard code > 0 else { throw .open(path: path, SystemError(-code)) }
    return FileKind(code: code)
  }

  /// "a block device", for messages.
  public var description: String {
    switch self {
    case .regular: return "a regular file"
    case .directory: return "a directory"
    case .characterDevice: return "a character device"
    case .blockDevice: return "a block device"
    case .fifo: return "a FIFO"
    case .socket: return "a socket"
    case .symbolicLink: return "a symbolic link"
    case .other: return "a file of unknown kind"
    }
  }
}
