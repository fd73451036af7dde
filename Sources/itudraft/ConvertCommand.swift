import DraftAnalysis
import DraftWord

/// `itudraft convert draft.docx`: the text the checker sees in a Word draft, one paragraph a
/// line, so that a drafter can keep the proposal in a text editor with the server's help.
enum ConvertCommand {
    static let usage = """
    usage: itudraft convert [--revisions accepted|original|marked] FILE.docx…

    Prints the text of Word drafts as itudraft checks it: one paragraph a line, automatic
    numbering written as labels, footnotes as [^1] with the notes after the body.
      --revisions accepted   every tracked change accepted (default)
      --revisions original   the text before the tracked changes
      --revisions marked     insertions as {++…++} and deletions as {--…--} (CriticMarkup)

    """

    static func run(_ args: [String]) -> Int32 {
        let a: Arguments
        do { a = try Arguments(args, valued: ["--revisions"], switches: ["--help", "-h"]) } catch {
            FileIO.writeStderr("itudraft convert: \(error)\n" + usage)
            return 2
        }
        if a.has("--help") || a.has("-h") { FileIO.writeStdout(usage); return 0 }
        var revisions = WordDocument.Revisions.accepted
        if let r = a.value("--revisions") {
            guard let chosen = WordDocument.Revisions(rawValue: r) else {
                FileIO.writeStderr("itudraft convert: --revisions must be accepted, original or marked, not \(r)\n")
                return 2
            }
            revisions = chosen
        }
        guard !a.positional.isEmpty else { FileIO.writeStderr("itudraft convert: a FILE is needed\n" + usage); return 2 }
        var status: Int32 = 0
        for path in a.positional {
            do {
                let bytes = try FileIO.read(path)
                guard DraftFile.isWord(path) || bytes.starts(with: [0x50, 0x4B]) || bytes.starts(with: [0xD0, 0xCF]) else {
                    FileIO.writeStderr("itudraft: \(path): not a Word draft (.docx); text files need no conversion\n")
                    status = 2
                    continue
                }
                let text = try WordDocument(bytes).text(revisions).text
                if a.positional.count > 1 { FileIO.writeStdout("==> \(path) <==\n") }
                FileIO.writeStdout(text)
            } catch let e as WordDocument.Failure {
                FileIO.writeStderr("itudraft: \(path): \(e.reason)\n")
                status = 2
            } catch {
                FileIO.writeStderr("itudraft: \(error)\n")
                status = 2
            }
        }
        return status
    }
}
