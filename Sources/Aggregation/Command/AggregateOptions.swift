import EdgebenchKit

/// What `edgebench aggregate` prints or writes.
public enum AggregateFormat: String, CaseIterable, Sendable {
  /// Aligned text for a terminal (the default).
  case table
  /// GitHub-flavoured Markdown.
  case markdown
  /// One CSV row per case and host.
  case csv
  /// A bar chart of one command and corpus.
  case svg
}

/// The flags and inputs of `edgebench aggregate`, parsed and checked.
public struct AggregateOptions: Equatable, Sendable {
  /// Files, folders and LABEL=PATH arguments.
  public var inputs: [String] = []
  /// `--baseline`.
  public var baseline: String?
  /// `--format`.
  public var format = AggregateFormat.table
  /// `--output`; nil for standard output.
  public var outputPath: String?
  /// `--command`: only this command's records.
  public var command: String?
  /// `--corpus`: only this corpus's records.
  public var corpus: String?
  /// `--alpha`.
  public var alpha = 0.05
  /// `--time`.
  public var clock = TimeSource.wall
  /// `--input-format` and `--map`: how other tools' results files are read.
  public var foreign = ForeignSettings()

  /// The usage text.
  public static let usage = """
    usage: edgebench aggregate FILE|DIR... [flags]
      compare results files from many hosts: per-case tables, rankings and ranking flips,
      significance (Mann-Whitney U, Holm-adjusted), counter decomposition of every gap
      FILE|DIR           results files (JSON Lines), or folders searched for *.jsonl; a record's
                         host label is its folder's name (boards/results/<label>/), or give
                         LABEL=PATH
      --baseline LABEL   the host the others are compared with (default: first non-emulated)
      --format F         table (default), markdown, csv, or svg (a bar chart of one corpus)
      --command NAME     only this command's records (the chart's default: the first command)
      --corpus NAME      only this corpus's records (the chart's default: the first corpus)
      --alpha A          significance level for Holm-adjusted p-values (default 0.05)
      --time CLOCK       wall (default): wall-clock time per value; cpu: task-clock time, which
                         leaves out waiting for a CPU on a busy machine (needs task-clock)
      --input-format F   auto (default: detected per file), edgebench, go (go test -bench),
                         criterion (target/criterion folders), libtest (cargo bench lines),
                         google-benchmark (JSON), hyperfine (JSON), published (a table of figures)
      --map RULE         [FORMAT:]GLOB=COMMAND/CORPUS/STRATEGY: the case of benchmarks whose
                         name matches GLOB (* any text); repeatable, first match wins
      --output FILE      write there instead of standard output: a file atomically; -, a
                         device or a FIFO in place; a symbolic link followed
      --help             this text
    input files are only read; exit status: 0 done, 1 unusable data, 2 a usage error
    """

  /// Parses the arguments after `aggregate`.
  public init(arguments: [String]) throws(UsageError) {
    var index = 0
    func value(_ flag: String, _ inline: String?) throws(UsageError) -> String {
      if let inline { return inline }
      guard index < arguments.count else { throw .missingValue(flag: flag) }
      index += 1
      return arguments[index - 1]
    }
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      guard argument.hasPrefix("--") else {
        inputs.append(argument)
        continue
      }
      let parts = argument.split(separator: "=", maxSplits: 1).map { String($0) }
      let flag = parts[0]
      let inline = parts.count > 1 ? parts[1] : nil
      switch flag {
      case "--baseline": baseline = try value(flag, inline)
      case "--format":
        let text = try value(flag, inline)
        guard let format = AggregateFormat(rawValue: text) else {
          throw .invalidValue(
            flag: flag, value: text, reason: "must be table, markdown, csv or svg")
        }
        self.format = format
      case "--output": outputPath = try value(flag, inline)
      case "--command": command = try value(flag, inline)
      case "--corpus": corpus = try value(flag, inline)
      case "--alpha":
        let text = try value(flag, inline)
        guard let alpha = Double(text), alpha > 0, alpha < 1 else {
          throw .invalidValue(flag: flag, value: text, reason: "must be between 0 and 1")
        }
        self.alpha = alpha
      case "--time":
        let text = try value(flag, inline)
        guard let clock = TimeSource(rawValue: text) else {
          throw .invalidValue(flag: flag, value: text, reason: "must be wall or cpu")
        }
        self.clock = clock
      case "--input-format":
        let text = try value(flag, inline)
        guard let format = ForeignSettings.format(named: text) else {
          throw .invalidValue(
            flag: flag, value: text,
            reason: "must be " + ForeignFormat.names.joined(separator: ", "))
        }
        foreign.format = format
      case "--map":
        let text = try value(flag, inline)
        switch NameRule.parse(text) {
        case .success(let rule): foreign.rules.append(rule)
        case .failure(let error): throw .invalidValue(flag: flag, value: text, reason: error.reason)
        }
      default: throw .unknownFlag(command: "aggregate", flag: flag)
      }
    }
  }
}
