import FoundationEssentials
import DraftSyntax
let path = CommandLine.arguments[1]
let data = FileManager.default.contents(atPath: path)!
print(TreeDump.dump(Document(SourceText(bytes: Array(data)))), terminator: "")
