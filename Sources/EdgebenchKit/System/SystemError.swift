import CPerf

/// An errno from a failed system call, with its symbolic name and the C library's words.
public struct SystemError: Error, Equatable, Sendable {
  /// The errno value.
  public let code: Int32

  /// Wraps `code`.
  public init(_ code: Int32) { self.code = code }

  /// The error a CPerf call reported by its status: every CPerf call returns a negative errno
  /// on failure and a count or 0 on success; nil for success.
  public init?(status: Int64) {
    guard status < 0 else { return nil }
    code = Int32(truncatingIfNeeded: -status)
  }

  /// EPERM: the operation needs a privilege the process lacks.
  public static let notPermitted = SystemError(Int32(CPERF_EPERM))
  /// ENOENT: no such file or directory.
  public static let noSuchFile = SystemError(Int32(CPERF_ENOENT))
  /// EIO: an input/output error.
  public static let ioError = SystemError(Int32(CPERF_EIO))
  /// EACCES: permission denied.
  public static let permissionDenied = SystemError(Int32(CPERF_EACCES))
  /// ENODEV: no such device.
  public static let noDevice = SystemError(Int32(CPERF_ENODEV))
  /// EINVAL: an invalid argument.
  public static let invalidArgument = SystemError(Int32(CPERF_EINVAL))
  /// ENOSPC: no space left on the device.
  public static let noSpace = SystemError(Int32(CPERF_ENOSPC))
  /// EPIPE: the reading end of a pipe is closed.
  public static let brokenPipe = SystemError(Int32(CPERF_EPIPE))
  /// ENOSYS: the system call does not exist in this kernel.
  public static let noSystemCall = SystemError(Int32(CPERF_ENOSYS))
  /// ELOOP: too many levels of symbolic links.
  public static let tooManyLinks = SystemError(Int32(CPERF_ELOOP))
  /// EOPNOTSUPP: the operation is not supported.
  public static let notSupported = SystemError(Int32(CPERF_EOPNOTSUPP))

  /// The symbolic name, such as "ENOENT".
  public var name: String { String(cString: cperf_errno_name(code)) }

  /// "ENOENT (No such file or directory)".
  public var description: String {
    name + " (" + String(cString: cperf_error_text(code)) + ")"
  }
}

/// A file the runner could not read or write: which file, which step, and the system's reason.
public enum FileError: Error, Equatable {
  /// Opening or creating the file failed.
  case open(path: String, SystemError)
  /// Reading it failed.
  case read(path: String, SystemError)
  /// Writing or flushing it failed.
  case write(path: String, SystemError)
  /// The rename that publishes a finished file failed.
  case rename(from: String, to: String, SystemError)
  /// A directory could not be created.
  case makeDirectory(path: String, SystemError)
  /// The output path is a kind of file results are never written to (a directory, a block
  /// device, a socket); `kind` is what it is after following symbolic links.
  case refused(path: String, kind: FileKind)
  /// No file can be created in the directory that would hold the output's temporary file.
  case notWritable(directory: String, SystemError)
  /// The file would be published without a rename: this WebAssembly runtime has no
  /// path_rename (wasmkit 0.1.6) and no launcher takes the rename over, and copying over
  /// `path` would not be atomic.
  case noAtomicRename(path: String)

  /// One line for error output.
  @_optimize(size)  // cold: error messages, so bytes matter more than cycles
  public var message: String {
    switch self {
    case .open(let path, let error): return "cannot open '\(path)': \(error.description)"
    case .read(let path, let error): return "cannot read '\(path)': \(error.description)"
    case .write(let path, let error): return "cannot write '\(path)': \(error.description)"
    case .rename(let from, let to, let error):
      return "cannot rename '\(from)' to '\(to)': \(error.description)"
    case .makeDirectory(let path, let error):
      return "cannot create directory '\(path)': \(error.description)"
    case .refused(let path, let kind):
      return path + " is " + kind.description + ": refusing to write results there"
    case .notWritable(let directory, let error):
      return "cannot create files in '\(directory)': \(error.description)"
    case .noAtomicRename(let path):
      return "cannot write '" + path + "' atomically: this WebAssembly runtime cannot rename files"
        + " (path_rename: ENOTSUP) and no launcher renames them after the run"
        + " (EDGEBENCH_WASM_RENAMES unset); run the module with Toolchains/wasm/edgebench-wasmkit"
    }
  }
}
