import FoundationEssentials

/// The results formats `edgebench aggregate` reads: its own JSON Lines, and the files other
/// benchmark tools already write.
public enum ForeignFormat: String, CaseIterable, Sendable {
  /// edgebench's own `edgebench.result` JSON Lines.
  case edgebench
  /// `go test -bench` text (benchstat's input): configuration lines and benchmark lines.
  case gobench = "go"
  /// A criterion.rs benchmark folder: `new/sample.json` with `benchmark.json` and
  /// `estimates.json` beside it.
  case criterion
  /// Rust libtest bench lines (`test name ... bench: 217 ns/iter (+/- 5)`).
  case libtest
  /// google/benchmark `--benchmark_format=json` (or `--benchmark_out`).
  case googleBenchmark = "google-benchmark"
  /// hyperfine `--export-json`.
  case hyperfine
  /// A published table of single figures (boards/published/), schema `edgebench.published`.
  case published

  /// The producing tool as reports name it.
  public var tool: String {
    switch self {
    case .edgebench: return "edgebench"
    case .gobench: return "go test -bench"
    case .criterion: return "criterion.rs"
    case .libtest: return "Rust libtest (cargo bench)"
    case .googleBenchmark: return "google/benchmark"
    case .hyperfine: return "hyperfine"
    case .published: return "a published table"
    }
  }

  /// Every name `--input-format` takes.
  public static let names = ["auto"] + allCases.map { $0.rawValue }
}
