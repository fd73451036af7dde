import Foundation
import Testing
import TestSupport

private typealias W = DocxBuilder

/// `check`, `outline` and `convert` on Word drafts, through the real binary.
@Suite struct WordCommandTests {
    func folder(_ files: [String: [UInt8]]) throws -> URL {
        let dir = try Binary.temporaryDirectory()
        for (path, bytes) in files {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return dir
    }

    static let tracked = DocxBuilder([
        W.p("意见1：测试意见"), W.p("第六届世界电信/信息通信技术政策论坛（2021年，日内瓦），"), W.p("认为"),
        W.p("1\t第一段；"), W.deletedParagraph("2\t第二段；"),
        "<w:p>" + W.r("3\t见上述认为2段，") + W.ins("支持信心 and 安全性") + W.r("，") + "</w:p>",
        W.p("请秘书长"), W.p("支持上述工作。"),
    ])

    /// Each seed as a Word document gives the findings its text gives, at the same lines.
    @Test func theSeedsSlipsAreFoundInWordToo() throws {
        for name in ["001_0ff6cbfd670be44e", "002_db145d36bf45e405"] {
            let text = try String(contentsOf: Binary.root.appendingPathComponent("seeds/\(name).txt"), encoding: .utf8)
            let dir = try folder(["s.txt": Array(text.utf8), "s.docx": DocxBuilder(text: text).bytes()])
            let plain = try Binary.run(["check", "--output-format", "concise", "s.txt"], cwd: dir)
            let word = try Binary.run(["check", "--output-format", "concise", "s.docx"], cwd: dir)
            #expect(word.status == plain.status && plain.status == 1)
            let stripped = word.stdout.replacingOccurrences(of: "s.docx:", with: "s.txt:")
                .replacingOccurrences(of: #" \(paragraph \d+ “[^”]*”\)"#, with: "", options: .regularExpression)
            #expect(stripped == plain.stdout, "\(name)")
        }
    }

    @Test func findingsNameTheParagraphAndInsertedText() throws {
        let dir = try folder(["t.docx": Self.tracked.bytes()])
        let r = try Binary.run(["check", "--output-format", "concise", "t.docx"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stdout.contains("t.docx:6:16: warning[latin-word] English word \"and\" inside Chinese text (paragraph 6 “3 见上述认为2段，支持信心 and 安全性，”, in inserted text)"), "\(r.stdout)")
        #expect(r.stdout.contains("t.docx:6:4: warning[tracked-deletion-target] the paragraph it names (\"认为\" (is of the view) 2, Word paragraph 5) is deleted by a tracked change (paragraph 6"), "\(r.stdout)")
        let zh = try Binary.run(["check", "--lang", "zh", "--output-format", "concise", "t.docx"], cwd: dir)
        #expect(zh.stdout.contains("所指段落（“认为”（is of the view） 2，Word 文档第 5 段）已被修订删除（第 6 段“3 见上述认为2段"), "\(zh.stdout)")
        #expect(r.stdout.contains("error[xref-unknown-paragraph]"), "accepted, the reference names nothing")
        let json = try Binary.run(["check", "--format", "json", "t.docx"], cwd: dir)
        #expect(json.stdout.contains(#""paragraph" : 6"#) && json.stdout.contains(#""inserted" : true"#), "\(json.stdout)")
        let sarif = try Binary.run(["check", "--format", "sarif", "t.docx"], cwd: dir)
        #expect(sarif.stdout.contains(#""startLine" : 6"#) && sarif.stdout.contains(#""paragraph" : 6"#), "\(sarif.stdout)")
        // Before the changes the reference holds and the English words are not there.
        let original = try Binary.run(["check", "--revisions", "original", "--output-format", "concise", "t.docx"], cwd: dir)
        #expect(original.status == 0 && original.stdout.isEmpty, "\(original.stdout)")
        let bad = try Binary.run(["check", "--revisions", "marked", "t.docx"], cwd: dir)
        #expect(bad.status == 2 && bad.stderr.contains("--revisions must be accepted or original"))
    }

    @Test func convertPrintsEachVersion() throws {
        let dir = try folder(["t.docx": Self.tracked.bytes()])
        let accepted = try Binary.run(["convert", "t.docx"], cwd: dir)
        #expect(accepted.status == 0 && accepted.stdout.contains("1\t第一段；\n3\t见上述认为2段，支持信心 and 安全性，\n"))
        let marked = try Binary.run(["convert", "--revisions", "marked", "t.docx"], cwd: dir)
        #expect(marked.stdout.contains("{--2\t第二段；--}\n3\t见上述认为2段，{++支持信心 and 安全性++}，\n"), "\(marked.stdout)")
        let original = try Binary.run(["convert", "--revisions", "original", "t.docx"], cwd: dir)
        #expect(original.stdout.contains("2\t第二段；\n3\t见上述认为2段，，\n"))
    }

    @Test func convertReadsStandardInputAndRefusesText() throws {
        let dir = try folder(["t.docx": Self.tracked.bytes(), "a.txt": Array("意见1：题\n".utf8)])
        let piped = try Binary.run(["convert", "-"], stdin: Data(Self.tracked.bytes()), cwd: dir)
        #expect(piped.status == 0 && piped.stdout.hasPrefix("意见1：测试意见\n"), "\(piped.stderr)")
        let text = try Binary.run(["convert", "a.txt"], cwd: dir)
        #expect(text.status == 2 && text.stderr.contains("a.txt: not a Word draft (.docx)"))
        let bad = try Binary.run(["convert", "--revisions", "all", "t.docx"], cwd: dir)
        #expect(bad.status == 2 && bad.stderr.contains("--revisions must be accepted, original or marked"))
        #expect(try Binary.run(["convert"], cwd: dir).status == 2)
        #expect(try Binary.run(["convert", "--help"], cwd: dir).stdout.contains("CriticMarkup"))
    }

    @Test func outlineShowsParagraphNumbers() throws {
        let dir = try folder(["t.docx": Self.tracked.bytes()])
        let r = try Binary.run(["outline", "t.docx"], cwd: dir)
        #expect(r.status == 0 && r.stdout.contains("    6      3 ") && r.stdout.contains("    1  意见1"), "\(r.stdout)")
    }

    @Test func folderWalksPickUpWordDrafts() throws {
        let dir = try folder(["d/a.txt": Array(WordDocumentText.clean.utf8), "d/b.docx": DocxBuilder(text: WordDocumentText.clean.replacingOccurrences(of: "第一段", with: "第一段的的")).bytes()])
        let r = try Binary.run(["check", "--output-format", "concise", "d"], cwd: dir)
        #expect(r.status == 1 && r.stdout.contains("d/b.docx:7:6: warning[doubled-character]"), "\(r.stdout)")
    }

    @Test func badWordFilesAreIOErrors() throws {
        let dir = try folder([
            "old.docx": [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512),
            "bomb.docx": W.zip([("word/document.xml", [UInt8](repeating: 0x20, count: 64 << 20))], deflate: true),
            "notzip.docx": Array("意见1：题\n".utf8),
            "ok.docx": DocxBuilder(text: WordDocumentText.clean).bytes(),
        ])
        let r = try Binary.run(["check", "old.docx", "bomb.docx", "notzip.docx", "ok.docx"], cwd: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("old.docx: an old Word .doc") && r.stderr.contains("bomb.docx: word/document.xml inflates to more than")
                && r.stderr.contains("notzip.docx: not a .docx"), "\(r.stderr)")
        let c = try Binary.run(["convert", "bomb.docx"], cwd: dir)
        #expect(c.status == 2 && c.stderr.contains("ZIP bomb"))
    }
}

enum WordDocumentText {
    static let clean = "意见1：测试意见\n第六届世界电信/信息通信技术政策论坛（2021年，日内瓦），\n忆及\na)\t第一项；\nb)\t第二项，\n认为\n1\t第一段；\n2\t上述认为1段所述的内容，\n请秘书长\n支持上述工作。\n"
}

/// Progress on standard error: only on a terminal (or when asked), erased before the summary.
@Suite struct ProgressTests {
    @Test func progressOnlyWhereItIsWanted() throws {
        let dir = try Binary.temporaryDirectory()
        for k in 1...3 { try Data(WordDocumentText.clean.utf8).write(to: dir.appendingPathComponent("\(k).txt")) }
        let piped = try Binary.run(["check", "."], cwd: dir)
        #expect(piped.status == 0 && !piped.stderr.contains("\r") && !piped.stderr.contains("3/3"), "a pipe gets no progress: \(piped.stderr)")
        let asked = try Binary.run(["check", "."], environment: ["LANG": "C", "ITUDRAFT_PROGRESS": "always"], cwd: dir)
        #expect(asked.stderr.contains("\r\u{1B}[KChecked 3/3 files\r\u{1B}[KChecked 3 files"), "\(asked.stderr.debugDescription)")
        let never = try Binary.run(["check", "."], environment: ["LANG": "C", "ITUDRAFT_PROGRESS": "never"], cwd: dir)
        #expect(!never.stderr.contains("\r"))
    }
}
