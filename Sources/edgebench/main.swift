// The edgebench executable: argv in, exit status out; everything else is in EdgebenchKit.
import CPerf
import EdgebenchKit

// The one seam between the host build and the board builds. `aggregate` reads many results
// files with Foundation, which Embedded Swift lacks, so the Aggregation target is a dependency
// only while the HostCommands package trait is on: it is by default, and Toolchains/build-all.sh
// turns it off for the Embedded board builds (see Package.swift). Boards get a short note instead.
#if HostCommands
  import Aggregation

  func extraCommands() -> [ExtraCommand] { [AggregateCommand.registration] }
#else
  func extraCommands() -> [ExtraCommand] {
    let note =
      "edgebench aggregate is part of the host build only (out/edgebench-x86_64-host):\n"
      + "bring the results files home and run it there."
    return [
      ExtraCommand(
        name: "aggregate", summary: "host build only: compare results files from many hosts",
        usage: note,
        run: { _ in
          Console.error(note)
          return 2
        })
    ]
  }
#endif

func commandLineArguments() -> [String] {
  // Embedded Swift has no CommandLine; CPerf captured argv before main.
  var arguments: [String] = []
  var index: Int32 = 1
  while index < cperf_argc(), let argument = cperf_argv(index) {
    arguments.append(String(cString: argument))
    index += 1
  }
  return arguments
}

cperf_exit(EdgebenchCLI.run(commandLineArguments(), extra: extraCommands()))
