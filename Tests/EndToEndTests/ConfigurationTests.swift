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
}
