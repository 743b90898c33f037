import CPerf

/// Where the runner's words go: results on standard output, diagnostics on standard error.
public enum Console {
  /// Writes a line to standard output.
  public static func out(_ line: String) {
    print(line)
  }

  /// Writes a line to standard error, unbuffered.
  public static func error(_ line: String) {
    var text = line
    text.append("\n")
    text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return }
      _ = cperf_write_all(2, base, bytes.count)
    }
  }
}
