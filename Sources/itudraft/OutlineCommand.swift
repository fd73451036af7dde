import DraftSyntax

/// `itudraft outline PATH`: each instrument's sections and items, indented, with line numbers.
enum OutlineCommand {
    static let usage = "usage: itudraft outline PATH…   (\"-\" reads standard input)\n"

    static func outline(_ doc: Document) -> String {
        let text = doc.text
        var out = ""
        func row(_ offset: Int, _ depth: Int, _ s: String) {
            let line = String(text.lines.line(of: offset) + 1)
            out += String(repeating: " ", count: max(0, 5 - line.count)) + line + "  " + String(repeating: "  ", count: depth) + s + "\n"
        }
        func excerpt(_ r: ByteRange) -> String {
            let s = text.string(r).replacingNewlines
            return s.count > 24 ? String(s.prefix(24)) + "…" : s
        }
        if doc.instruments.isEmpty { return "" }
        for inst in doc.instruments {
            row(inst.range.start, 0, "\(inst.title.isEmpty ? "(untitled)" : excerpt(inst.title)) [\(inst.kind.rawValue)]")
            for s in inst.sections {
                let gloss = s.heading.entry.gloss
                row(s.range.start, 1, s.heading.keyword + (gloss.isEmpty ? "" : " (\(gloss))"))
                if let lead = s.leadIn { row(lead.start, 2, "(lead-in) " + excerpt(lead)) }
                for item in s.items {
                    item.walk { i, depth in
                        let label = i.label.map { text.string($0.range) + " " } ?? ""
                        row(i.range.start, 2 + depth, label + excerpt(i.textRange))
                    }
                }
            }
        }
        return out
    }

    static func run(_ args: [String]) -> Int32 {
        if args.contains("--help") || args.contains("-h") { FileIO.writeStdout(usage); return 0 }
        guard !args.isEmpty else { FileIO.writeStderr("itudraft outline: a PATH is needed\n" + usage); return 2 }
        var status: Int32 = 0
        for path in args {
            do {
                let doc = Document(SourceText(bytes: try FileIO.read(path)))
                if args.count > 1 { FileIO.writeStdout("\(path)\n") }
                let o = outline(doc)
                FileIO.writeStdout(o.isEmpty ? "(no instrument: free text only)\n" : o)
            } catch {
                FileIO.writeStderr("itudraft: \(error)\n")
                status = 2
            }
        }
        return status
    }
}

