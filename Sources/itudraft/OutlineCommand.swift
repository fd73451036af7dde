import DraftAnalysis
import DraftSyntax

/// `itudraft outline PATH`: each instrument's sections and items, indented, with line numbers.
enum OutlineCommand {
    static let usage = "usage: itudraft outline PATH…   (\"-\" reads standard input; a .docx shows paragraph numbers)\n"

    /// The document's outline (the tree documentSymbol sends), one node a line with its line number.
    /// For a Word draft (`word`), the number shown is the paragraph's.
    static func outline(_ doc: Document, word: WordSource? = nil) -> String {
        var out = ""
        func print(_ node: OutlineNode, _ depth: Int) {
            let textLine = doc.text.lines.line(of: node.range.start)
            let line = String(word?.lines[safe: textLine]?.paragraph ?? textLine + 1)
            var name = node.name
            switch node.kind {
            case .instrument(let kind, _): name += " [\(kind.rawValue)]"
            case .section(let entry): if !entry.gloss.isEmpty { name += " (\(entry.gloss))" }
            case .leadIn, .item: break
            }
            out += String(repeating: " ", count: max(0, 5 - line.count)) + line + "  " + String(repeating: "  ", count: depth) + name + "\n"
            for child in node.children { print(child, depth + 1) }
        }
        for node in OutlineNode.of(doc, language: .en, excerpt: 24, titleExcerpt: 24) { print(node, 0) }
        return out
    }

    static func run(_ args: [String]) -> Int32 {
        if args.contains("--help") || args.contains("-h") { FileIO.writeStdout(usage); return 0 }
        guard !args.isEmpty else { FileIO.writeStderr("itudraft outline: a PATH is needed\n" + usage); return 2 }
        var status: Int32 = 0
        for path in args {
            do {
                let (bytes, word) = try DraftFile.text(of: try FileIO.read(path), path: path)
                let doc = Document(SourceText(bytes: bytes))
                if args.count > 1 { FileIO.writeStdout("\(path)\n") }
                let o = outline(doc, word: word)
                FileIO.writeStdout(o.isEmpty ? "(no instrument: free text only)\n" : o)
            } catch {
                FileIO.writeStderr("itudraft: \(error)\n")
                status = 2
            }
        }
        return status
    }
}

