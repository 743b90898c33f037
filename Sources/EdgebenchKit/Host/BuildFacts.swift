import CPerf

/// What was built and how: the mode, compiler, target, optimization, the binary's hash and the
/// source revision. Two results with the same `binarySHA256` ran the same machine code.
///
/// This file is EdgebenchKit's one `#if hasFeature(Embedded)` seam.
public struct BuildFacts: Sendable {
  /// "embedded" for the board build, "full" for the host build.
  public let mode: String
  /// The Swift compiler, as far as `#if compiler` can tell.
  public let swiftVersion: String
  /// The Swift target the code was compiled for.
  public let target: String
  /// The architecture CPerf's C was compiled for.
  public let cArchitecture: String
  /// The C compiler's version string.
  public let cCompiler: String
  /// "debug" or "release".
  public let optimization: String
  /// The path of the running executable.
  public let binaryPath: String?
  /// SHA-256 of the running executable, or nil when it cannot be read.
  public let binarySHA256: String?
  /// Bytes in the executable.
  public let binaryBytes: Int?
  /// The source revision given at build time, or "unknown".
  public let sourceRevision: String

  /// Collects the facts, hashing the executable.
  public static func collect() -> BuildFacts {
    let path = HostFingerprint.cText(capacity: 4096) { cperf_executable_path($0, $1) }
    var hash = SHA256()
    var bytes = 0
    var digest: String?
    if let path {
      do throws(FileError) {
        try SystemFile.forEachChunk(of: path) { chunk in
          hash.update(chunk)
          bytes += chunk.count
        }
        digest = SHA256.hexString(hash.finish())
      } catch {
        digest = nil
      }
    }
    return BuildFacts(
      mode: mode, swiftVersion: swiftVersion, target: target,
      cArchitecture: String(cString: cperf_compiled_architecture()),
      cCompiler: String(cString: cperf_c_compiler()),
      optimization: optimization, binaryPath: path,
      binarySHA256: digest, binaryBytes: digest == nil ? nil : bytes,
      sourceRevision: String(cString: cperf_source_revision()))
  }

  /// The build mode.
  public static var mode: String {
    #if hasFeature(Embedded)
      return "embedded"
    #else
      return "full"
    #endif
  }

  private static var optimization: String {
    #if DEBUG
      return "debug"
    #else
      return "release"
    #endif
  }

  private static var swiftVersion: String {
    #if compiler(>=6.4)
      return ">=6.4"
    #elseif compiler(>=6.3)
      return "6.3"
    #elseif compiler(>=6.2)
      return "6.2"
    #elseif compiler(>=6.1)
      return "6.1"
    #else
      return "6.0"
    #endif
  }

  private static var target: String {
    var architecture = "unknown"
    #if arch(x86_64)
      architecture = "x86_64"
    #elseif arch(arm64)
      architecture = "aarch64"
    #elseif arch(arm)
      architecture = "armv7"
    #elseif arch(riscv64)
      architecture = "riscv64"
    #elseif arch(wasm32)
      return "wasm32-unknown-none-wasm (WASI preview 1 through wasi-libc)"
    #endif
    #if os(Linux)
      return architecture + "-unknown-linux-gnu"
    #else
      return architecture + "-none-none-elf"
    #endif
  }
}
