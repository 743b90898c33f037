import Testing

@testable import EdgebenchKit

@Suite("Commands the executable adds")
struct ExtraCommandTests {
  static let echo = ExtraCommand(
    name: "echo-status", summary: "returns the number of its arguments",
    usage: "usage: edgebench echo-status [ARG...]",
    run: { Int32($0.count) })

  @Test("an added command is dispatched with its own arguments, --help included")
  func dispatch() {
    #expect(EdgebenchCLI.run(["echo-status", "a", "b"], extra: [Self.echo]) == 2)
    #expect(EdgebenchCLI.run(["echo-status", "--help"], extra: [Self.echo]) == 1)
    #expect(EdgebenchCLI.run(["echo-status"]) == 2)  // unknown without it: a usage error
  }

  @Test("the usage text lists it before 'help', and 'help NAME' prints its usage")
  func usage() throws {
    let text = EdgebenchCLI.usage(adding: [Self.echo])
    let lines = text.split(separator: "\n").map { String($0) }
    let added = try #require(lines.firstIndex { $0.hasPrefix("  echo-status returns the number") })
    let help = try #require(lines.firstIndex { $0.hasPrefix("  help ") })
    #expect(added + 1 == help)
    #expect(EdgebenchCLI.run(["help", "echo-status"], extra: [Self.echo]) == 0)
    #expect(!EdgebenchCLI.usage.contains("echo-status"))
  }
}
