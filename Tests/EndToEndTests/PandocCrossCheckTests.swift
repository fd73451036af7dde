import Foundation
import Testing
import TestSupport

private typealias W = DocxBuilder

/// Our reading of the generated .docx files against pandoc's: the same paragraphs with the same
/// text, notes included. pandoc renders list labels and note marks its own way: those are left
/// out of the comparison. Skipped without pandoc, unless ITUDRAFT_REQUIRE_PANDOC=1 (.ci/run).
@Suite struct PandocCrossCheckTests {
    static let pandoc = ["/usr/bin/pandoc", "/usr/local/bin/pandoc", "/opt/homebrew/bin/pandoc"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static var documents: [(String, DocxBuilder)] {
        var numbered = DocxBuilder([W.p("忆及"), W.p("第一项；", numId: 1), W.p("第二项，", numId: 1), W.p("认为"), W.p("做。")])
        numbered.numbering = W.numbering([("lowerLetter", "%1)")])
        var noted = DocxBuilder(["<w:p>" + W.r("这些国家") + W.footnoteReference(1) + W.r("应当支持。") + "</w:p>", W.p("末段。")])
        noted.footnotes = ["1": "最不发达国家。"]
        let tracked = DocxBuilder(["<w:p>" + W.r("支持") + W.del("发展中") + W.ins("所有") + W.r("国家。") + "</w:p>", W.deletedParagraph("删去的段落。"), W.p("末段。")])
        return [("clean", DocxBuilder(text: WordDocumentText.clean)), ("numbered", numbered), ("footnotes", noted), ("tracked", tracked)]
    }

    /// Paragraphs as words only: list labels, note marks and spacing left aside.
    static func words(_ text: String) -> [String] {
        text.components(separatedBy: "\n").map { line in
            var s = line.replacingOccurrences(of: #"\[\^?\d+\]:?"#, with: "", options: .regularExpression)
            s = s.replacingOccurrences(of: #"^\s*([a-z]\)|\d+\.?|[a-z]\.)\s+"#, with: "", options: .regularExpression)
            return s.components(separatedBy: .whitespaces).filter { !$0.isEmpty }.joined(separator: " ")
        }.filter { !$0.isEmpty && !$0.allSatisfy { $0 == "-" } }
    }

    /// The labels that start paragraphs, Word's numbering as each reader writes it out.
    static func labels(_ text: String) -> [String] {
        text.components(separatedBy: "\n").compactMap { line in
            line.range(of: #"^([a-z]\)|\d+\.?)\s"#, options: .regularExpression).map { String(line[$0]).trimmingCharacters(in: .whitespaces) }
        }
    }

    @Test func ourParagraphsAreThoseOfPandoc() throws {
        guard let pandoc = Self.pandoc else {
            #expect(ProcessInfo.processInfo.environment["ITUDRAFT_REQUIRE_PANDOC"] != "1", "pandoc is required here and missing")
            return
        }
        let dir = try Binary.temporaryDirectory()
        for (name, doc) in Self.documents {
            let file = dir.appendingPathComponent("\(name).docx")
            try Data(doc.bytes()).write(to: file)
            for (ours, theirs) in [("accepted", "accept"), ("original", "reject")] {
                let mine = try Binary.run(["convert", "--revisions", ours, file.path])
                let p = try Binary.run(["-f", "docx", "-t", "plain", "--wrap=none", "--track-changes=\(theirs)", file.path], executable: URL(fileURLWithPath: pandoc))
                #expect(p.status == 0, "\(p.stderr)")
                #expect(Self.words(mine.stdout) == Self.words(p.stdout), "\(name) \(ours): ours \(Self.words(mine.stdout)), pandoc's \(Self.words(p.stdout))")
                #expect(Self.labels(mine.stdout) == Self.labels(p.stdout), "\(name) \(ours)")
            }
        }
    }
}
