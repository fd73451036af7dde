import Foundation
import Testing

/// `.itudraft.json` as the CLI finds and applies it: nearest folder wins, --config overrides
/// discovery, the command line overrides the file, and a wrong file stops with exit 2.
@Suite struct ConfigurationTests {
    let draft = "意见1：题\n论坛（2021年，日内瓦），\n忆及\na) 服务的的发展；\nb) 信心 and 安全性，\n认为\n1 做。\n"

    func folder(_ files: [String: String]) throws -> URL {
        let dir = try Binary.temporaryDirectory()
        for (path, text) in files {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return dir
    }

    @Test func nearestConfigurationAppliesSelectionSeverityLanguageAndExclude() throws {
        let dir = try folder([
            "drafts/.itudraft.json": #"{"ignore": ["latin-word"], "severity": {"doubled-character": "error"}, "lang": "zh", "exclude": ["old/**"]}"#,
            "drafts/a.txt": draft, "drafts/old/b.txt": draft, "other/c.txt": draft,
        ])
        let r = try Binary.run(["check", "drafts"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stdout.contains("drafts/a.txt:4:6: error[doubled-character] “的”重复了"))
        #expect(!r.stdout.contains("latin-word") && !r.stdout.contains("old/b.txt"))
        // other/ has no configuration up to the root of the temporary folder: defaults.
        let other = try Binary.run(["check", "other"], cwd: dir)
        #expect(other.stdout.contains("warning[latin-word]") && other.stdout.contains("warning[doubled-character] \"的\" is typed twice"))
        // A file named on the command line is checked even when a glob excludes it.
        #expect(try Binary.run(["check", "drafts/old/b.txt"], cwd: dir).stdout.contains("b.txt:4:6"))
    }

    @Test func commandLineOverridesAndExplicitConfig() throws {
        let dir = try folder([
            "cfg.json": #"{"select": ["latin-word"]}"#,
            "d/.itudraft.json": #"{"select": ["doubled-character"]}"#, "d/a.txt": draft,
        ])
        let explicit = try Binary.run(["check", "--config", "cfg.json", "d"], cwd: dir)
        #expect(explicit.stdout.contains("latin-word") && !explicit.stdout.contains("doubled-character"))
        let flags = try Binary.run(["check", "--select", "body-final-comma", "--lang", "en", "d"], cwd: dir)
        #expect(flags.status == 0, "the command line's --select replaces the file's")
    }

    @Test(arguments: [
        (#"{"ignor": []}"#, #"unknown key "ignor""#),
        (#"{"severity": {"stray-space": "fatal"}}"#, "must be error, warning, information or hint"),
        (#"{"select": ["no-such-rule"]}"#, #"unknown rule code "no-such-rule""#),
        (#"{"lang": "fr"}"#, #"lang must be "zh" or "en""#),
        (#"{"select": "latin-word"}"#, "select"),
        (#"{"catalog": "missing.tsv"}"#, "catalog"),
        (#"{"conferences": "missing.tsv"}"#, "conferences"),
        ("{", "not valid JSON"),
    ])
    func aWrongFileStopsWithExitTwo(_ json: String, _ reason: String) throws {
        let dir = try folder([".itudraft.json": json, "a.txt": draft])
        let r = try Binary.run(["check", "a.txt"], cwd: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains(".itudraft.json") && r.stderr.contains(reason), "\(r.stderr)")
    }

    @Test func aUserCatalogExtendsTheBuiltInOne() throws {
        let dir = try folder([
            ".itudraft.json": #"{"catalog": "mine.tsv", "select": ["citation-outdated-revision"]}"#,
            "mine.tsv": "kind\tbody\tnumber\trevision\ttitle_en\nresolution\tPP\t71\tRev. Bucharest, 2022\tStrategic plan\n",
            "a.txt": "意见1：题\n论坛（2021年，日内瓦），\n忆及\na) 第71号决议（2018年，迪拜，修订版），\n认为\n1 做。\n",
        ])
        let r = try Binary.run(["check", "a.txt", "--fail-on", "information"], cwd: dir)
        #expect(r.stdout.contains("the latest known is Rev. Bucharest, 2022"), "\(r.stdout)\(r.stderr)")
    }

    @Test func aUserRegisterAddsSessions() throws {
        let text = "意见1：题\n论坛（2021年，日内瓦），\n忆及\na) Resolution 95 (Rev.WRC-27)，\n认为\n1 做。\n"
        let dir = try folder([
            ".itudraft.json": #"{"conferences": "sessions.tsv", "select": ["citation-conference-mismatch"]}"#,
            "sessions.tsv": "WRC\tWorld Radiocommunication Conference\t世界无线电通信大会\tWRC-27\t2027\tExample City\t示例城\n",
            "a.txt": text, "plain/a.txt": text, "plain/.itudraft.json": #"{"select": ["citation-conference-mismatch"]}"#,
            "bad/.itudraft.json": #"{"conferences": "bad.tsv"}"#, "bad/bad.tsv": "WRC\tW\n", "bad/a.txt": text,
        ])
        let r = try Binary.run(["check", "a.txt"], cwd: dir)
        #expect(r.status == 0 && r.stdout.isEmpty, "\(r.stdout)\(r.stderr)")
        let plain = try Binary.run(["check", "--lang", "en", "plain/a.txt"], cwd: dir)
        #expect(plain.status == 1 && plain.stdout.contains("no session is called WRC-27"), "\(plain.stdout)")
        let bad = try Binary.run(["check", "bad/a.txt"], cwd: dir)
        #expect(bad.status == 2 && bad.stderr.contains("bad.tsv: line 1: expected 7 tab-separated columns"), "\(bad.stderr)")
    }
}

/// Suppression comments, include and per-file-ignores, and the rules that compare the files
/// checked together, as the CLI reports them.
@Suite struct WorkspaceCheckTests {
    let folder = ConfigurationTests().folder

    func draft(_ n: Int, _ recalling: String) -> String {
        "意见\(n)：题\(n)\n论坛（2021年，日内瓦），\n忆及\na) \(recalling)，\n认为\n1 做。\n"
    }

    @Test func showSuppressedListsWhatCommentsHide() throws {
        let dir = try folder(["a.md": "意见1：题\n论坛（2021年，日内瓦），\n忆及\n<!-- itudraft-disable-next-line latin-word -->\na) 信心 and 安全性，\n认为\n1 做。\n"])
        let quiet = try Binary.run(["check", "a.md"], cwd: dir)
        #expect(quiet.status == 0 && quiet.stdout.isEmpty, "\(quiet.stdout)")
        let shown = try Binary.run(["check", "--show-suppressed", "a.md"], cwd: dir)
        #expect(shown.status == 0, "a suppressed finding does not fail the run")
        #expect(shown.stdout.contains("a.md:5:7: warning[latin-word] (suppressed)"), "\(shown.stdout)")
        let json = try Binary.run(["check", "--show-suppressed", "--format", "json", "a.md"], cwd: dir)
        #expect(json.stdout.contains(#""suppressed" : true"#) && json.stdout.contains(#""warning" : 0"#), "\(json.stdout)")
        let sarif = try Binary.run(["check", "--show-suppressed", "--format", "sarif", "a.md"], cwd: dir)
        #expect(sarif.stdout.contains(#""kind" : "inSource""#))
    }

    @Test func includeAndPerFileIgnores() throws {
        let dir = try folder([
            ".itudraft.json": #"{"include": ["drafts/**", "reports/**"], "per-file-ignores": {"reports/*.txt": ["latin-word"]}}"#,
            "drafts/a.txt": draft(1, "信心 and 安全性"), "reports/r.txt": draft(2, "信心 and 安全性"), "notes/n.txt": draft(3, "信心 and 安全性"),
        ])
        let r = try Binary.run(["check", "."], cwd: dir)
        #expect(r.stdout.contains("drafts/a.txt:4:7: warning[latin-word]"), "\(r.stdout)")
        #expect(!r.stdout.contains("reports/r.txt") && !r.stdout.contains("notes/n.txt"))
    }

    @Test func filesCheckedTogetherAreComparedAndPrintedInOrder() throws {
        var files: [String: String] = [:]
        for n in 1...12 { files["d/\(String(format: "%02d", n)).md"] = draft(n, n == 7 ? "第71号决议（2014年，釜山）" : "第71号决议（2018年，迪拜，修订版）") }
        let dir = try folder(files)
        let r = try Binary.run(["check", "--fail-on", "information", "--format", "json", "d"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stdout.contains(#""code" : "citation-revision-across-files""#) && r.stdout.contains(#""path" : "d/01.md""#), "\(r.stdout)")
        let paths = r.stdout.split(separator: "\n").filter { $0.hasPrefix(#"      "path""#) }
        #expect(paths.count == 12 && paths == paths.sorted(), "files are listed in path order whatever the parallelism")
        // One file alone has nothing to compare with.
        #expect(try Binary.run(["check", "--fail-on", "information", "--ignore", "citation-outdated-revision", "d/07.md"], cwd: dir).status == 0)
    }
}
