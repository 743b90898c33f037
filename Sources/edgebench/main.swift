// The edgebench executable: argv in, exit status out; everything else is in EdgebenchKit.
import CPerf
import EdgebenchKit

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

cperf_exit(EdgebenchCLI.run(commandLineArguments()))
