#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import DraftAnalysis
import FoundationEssentials

enum Version {
    static let current = ToolInfo.version
}

let usage = """
itudraft \(Version.current): a linter and language server for ITU opinions, resolutions and decisions

usage:
  itudraft check [options] [PATH…]   validate files, directories or "-" (stdin)
  itudraft outline PATH…             print each instrument's sections and items
  itudraft convert FILE.docx…        print the text of a Word draft as check reads it
  itudraft rules [CODE…]             list every rule, or explain one
  itudraft align A B                 two language versions side by side, mismatches marked
  itudraft lsp                       run the language server on stdin/stdout
  itudraft completions bash|zsh|fish print a completion script for the shell
  itudraft --version | --help

Run "itudraft check --help" for the options of check.

"""

let arguments = Array(CommandLine.arguments.dropFirst())
let environment = ProcessInfo.processInfo.environment
let status: Int32
switch arguments.first {
case "check": status = CheckCommand.run(Array(arguments.dropFirst()), environment: environment)
case "outline": status = OutlineCommand.run(Array(arguments.dropFirst()))
case "convert": status = ConvertCommand.run(Array(arguments.dropFirst()))
case "align": status = AlignCommand.run(Array(arguments.dropFirst()))
case "rules": status = RulesCommand.run(Array(arguments.dropFirst()), environment: environment)
case "lsp": status = LSPCommand.run(Array(arguments.dropFirst()))
case "completions": status = CompletionsCommand.run(Array(arguments.dropFirst()))
case "--version", "-V": FileIO.writeStdout("itudraft \(Version.current)\n"); status = 0
case "--help", "-h", "help": FileIO.writeStdout(usage); status = 0
case nil: FileIO.writeStderr(usage); status = 2
case let other?: FileIO.writeStderr("itudraft: unknown command \(other)\n\n" + usage); status = 2
}
exit(status)
