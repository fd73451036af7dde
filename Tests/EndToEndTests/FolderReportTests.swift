@testable import itudraft
import DraftAnalysis
import DraftSyntax
import Foundation
import Testing

/// A folder's report is written file by file as each file's findings are final, and each file's
/// text is read again for it rather than kept: the report is still one document, in path order,
/// with the related locations of other files placed in their own text.
@Suite struct FolderReportTests {
    static func draft(_ n: Int, citing: String) -> String {
        "意见\(n)：题\(n)\n第六届世界电信/信息通信技术政策论坛（2021年，日内瓦），\n忆及\na)\t\(citing)，\n认为\n1\t做。\n"
    }

    /// a.md and b.md cite Resolution 71 as revised at Dubai; c.md cites the Busan text.
    func folder() throws -> URL {
        let dir = try Binary.temporaryDirectory()
        try Data(Self.draft(1, citing: "第71号决议（2018年，迪拜，修订版）").utf8).write(to: dir.appendingPathComponent("a.md"))
        try Data(("\n\n" + Self.draft(2, citing: "第71号决议（2018年，迪拜，修订版）")).utf8).write(to: dir.appendingPathComponent("b.md"))
        try Data(Self.draft(3, citing: "有关的的第71号决议（2014年，釜山）").utf8).write(to: dir.appendingPathComponent("c.md"))
        try Data([0x41, 0, 0x42]).write(to: dir.appendingPathComponent("d.txt"))
        return dir
    }

    @Test func jsonIsOneDocumentInPathOrderWithOtherFilesPlacedInTheirText() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Binary.run(["check", "--format", "json", "--fail-on", "never", dir.path])
        #expect(r.status == 2, "d.txt is binary: an error")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let errors = try #require(obj["errors"] as? [[String: String]])
        #expect(errors.map { $0["path"]! } == [dir.appendingPathComponent("d.txt").path])
        let files = try #require(obj["files"] as? [[String: Any]])
        #expect(files.map { ($0["path"] as! NSString).lastPathComponent } == ["a.md", "b.md", "c.md"])
        let c = try #require(files[2]["diagnostics"] as? [[String: Any]])
        let across = try #require(c.first { $0["code"] as? String == "citation-revision-across-files" })
        let related = try #require((across["related"] as? [[String: Any]])?.first)
        #expect(related["path"] as? String == dir.appendingPathComponent("a.md").path)
        // Line 4, after "a)\t": the citation in a.md, not at the same place in c.md or b.md.
        let start = try #require((related["range"] as? [String: Any])?["start"] as? [String: Int])
        #expect(start["line"] == 4 && start["column"] == 4)
        #expect(c.contains { $0["code"] as? String == "doubled-character" })
        let summary = try #require(obj["summary"] as? [String: Int])
        let total = files.reduce(0) { $0 + ($1["diagnostics"] as! [Any]).count }
        #expect(summary["files"] == 3 && summary.filter { $0.key != "files" }.values.reduce(0, +) == total)
    }

    @Test func sarifAndTextAreWrittenTheSameWay() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sarif = try Binary.run(["check", "--format", "sarif", "--fail-on", "never", dir.path])
        let run = try #require((try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])?["runs"] as? [[String: Any]]).first!
        let results = try #require(run["results"] as? [[String: Any]])
        let uris = results.map { (($0["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])["artifactLocation"] as! [String: String] }.map { $0["uri"]! }
        #expect(Set(uris) == [dir.appendingPathComponent("c.md").path], "a.md and b.md are clean")
        let across = try #require(results.first { $0["ruleId"] as? String == "citation-revision-across-files" })
        let related = try #require((across["relatedLocations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((related["artifactLocation"] as? [String: String])?["uri"] == dir.appendingPathComponent("a.md").path)
        #expect((related["region"] as? [String: Int])?["startLine"] == 4)

        let text = try Binary.run(["check", "--output-format", "concise", "--statistics", "--fail-on", "never", dir.path])
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first { $0.contains("doubled-character") }?.hasPrefix(dir.appendingPathComponent("c.md").path + ":4:") == true)
        #expect(lines.suffix(3) == ["1  citation-outdated-revision", "1  citation-revision-across-files", "1  doubled-character"],
                "--statistics counts what the streamed report showed")
        #expect(text.stderr.contains("Checked 3 files: "))
    }

    @Test func anEmptyFolderIsAnEmptyReport() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Binary.run(["check", "--format", "json", dir.path])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("{\n  \"errors\" : [\n\n  ],\n  \"files\" : [\n\n  ],\n  \"summary\" : {\n"))
        let sarif = try Binary.run(["check", "--format", "sarif", dir.path])
        #expect(sarif.stdout.contains("\"results\" : [\n\n      ],\n      \"tool\" : {"))
    }

    /// Through the binary: /proc/self/io is a regular file whose text (the bytes its reader has
    /// read so far) grows with every read, so it has changed by the time its report is written.
    @Test func aFileThatChangedIsAnErrorNotAReport() throws {
        guard FileManager.default.isReadableFile(atPath: "/proc/self/io"), (try? Data(contentsOf: URL(fileURLWithPath: "/proc/self/io"))) != nil else { return }
        let seed = Binary.root.appendingPathComponent("seeds/000_c04deb0df160fd2a.txt").path
        let r = try Binary.run(["check", "/proc/self/io", seed])
        #expect(r.status == 2)
        #expect(r.stderr.contains("itudraft: /proc/self/io: changed while it was being checked; not reported (check it again)"))
        #expect(r.stderr.contains("Checked 1 file: no problems found."), "the other file is reported")
    }

    /// The report never places findings in a text the file no longer has.
    @Test func aFileIsReadAgainOnlyAsItWasChecked() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("a.md").path
        let text = Self.draft(1, citing: "第71号决议（2018年，迪拜，修订版）")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let read = try CheckCommand.checkJob(path, name: path, selection: RuleSelection(), catalog: .builtIn, formatting: false, revisions: .accepted)
        let kept = CheckCommand.check(SourceText(text), name: "-", selection: RuleSelection(), catalog: .builtIn, keep: true, fingerprint: nil)
        #expect(read.kept == nil, "a file of a folder is not kept: it is read again")
        let alone = try CheckCommand.checkJob(path, name: path, selection: RuleSelection(), catalog: .builtIn, formatting: false, alone: true, revisions: .accepted)
        #expect(alone.kept?.bytes == Array(text.utf8), "a file checked alone keeps its text")
        let texts = CheckedTexts([(path, read), ("-", kept)])
        #expect(texts.text(0)?.bytes == Array(text.utf8))
        #expect(texts.text(forKey: "-") === kept.kept, "standard input is kept")
        try Data((text + "2\t又做。\n").utf8).write(to: URL(fileURLWithPath: path))
        let fresh = CheckedTexts([(path, read)])
        #expect(fresh.text(0) == nil, "changed since it was checked")
        #expect(fresh.other(path) == nil)
    }

    /// A file checked alone gets the cross-file findings of its own citations, as its configured
    /// rules say (its workspace is indexed, and its findings found, while its rules run).
    @Test func aFileAloneIsItsOwnWorkspace() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let titled = { (title: String) in "有关“\(title)”的第71号决议（2018年，迪拜，修订版）" }
        let text = Self.draft(1, citing: titled("国际电联2020-2023年战略规划")) + "\n" + Self.draft(2, citing: titled("国际电联2020-2023年战略规划"))
            + "\n" + Self.draft(3, citing: titled("国际电联战略规划"))
        try Data(text.utf8).write(to: dir.appendingPathComponent("a.md"))
        let r = try Binary.run(["check", "--output-format", "concise", "a.md"], cwd: dir)
        #expect(r.stdout.split(separator: "\n").filter { $0.contains("citation-title") }.count == 1, "\(r.stdout)")
        #expect(r.stdout.contains("warning[citation-title-contradiction] title differs from the one given elsewhere: “国际电联2020-2023年战略规划”"))
        let ignored = try Binary.run(["check", "--output-format", "concise", "--ignore", "citation-title-contradiction", "a.md"], cwd: dir)
        #expect(!ignored.stdout.contains("citation-title"), "\(ignored.stdout)")
    }
}
