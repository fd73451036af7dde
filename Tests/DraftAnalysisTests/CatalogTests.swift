import DraftAnalysis
import DraftSyntax
import Foundation
import Testing

/// The catalog compiled into the binary is catalog.tsv, and the TSV reader refuses bad files.
@Suite struct CatalogTests {
    static let sources = GoldenTests.root.appendingPathComponent("Sources/DraftAnalysis")

    @Test func embeddedCatalogIsTheTSV() throws {
        let tsv = try String(contentsOf: Self.sources.appendingPathComponent("catalog.tsv"), encoding: .utf8)
        if ProcessInfo.processInfo.environment["UPDATE_CATALOG"] == "1" {
            let swift = """
            // Generated from catalog.tsv next to this file; CatalogTests checks the two agree.
            // After editing catalog.tsv: UPDATE_CATALOG=1 swift test --filter CatalogTests
            extension Catalog {
                static let builtInTSV = #\"\"\"
            \(tsv)\"\"\"#
            }

            """
            try swift.write(to: Self.sources.appendingPathComponent("Catalog+Data.swift"), atomically: true, encoding: .utf8)
        }
        let fromFile = try Catalog(tsv: tsv)
        #expect(fromFile.entries == Catalog.builtIn.entries, "run UPDATE_CATALOG=1 swift test --filter CatalogTests")
        #expect(Catalog.builtIn.entries.count == 65)
        let r71 = try #require(Catalog.builtIn.entry(for: CitationIdentity(body: "PP", kind: .resolution, number: "71")))
        #expect(r71.revision?.year == 2018 && r71.revision?.revised == true)
        #expect(r71.titleEn.hasPrefix("Strategic plan"))
    }

    @Test func badFilesAreRefusedWithTheLine() {
        #expect(throws: Catalog.ParseError.self) { try Catalog(tsv: "kind\tbody\n") }
        do {
            _ = try Catalog(tsv: "kind\tbody\tnumber\trevision\ttitle_en\nresolution\tPP\t71\n")
            Issue.record("a short row was accepted")
        } catch let e as Catalog.ParseError {
            #expect(e.line == 2)
        } catch { Issue.record("\(error)") }
        #expect(throws: Catalog.ParseError.self) { try Catalog(tsv: "kind\tbody\tnumber\trevision\ttitle_en\narticle\tPP\t1\tx\ty\n") }
    }

    @Test func aUserCatalogExtendsAndOverrides() throws {
        let user = try Catalog(tsv: "kind\tbody\tnumber\trevision\ttitle_en\nresolution\tPP\t71\tRev. Bucharest, 2022\tStrategic plan (2024-2027)\nresolution\tPP\t999\tBucharest, 2022\tA new one\n")
        let merged = Catalog.builtIn.extended(with: user)
        #expect(merged.entry(for: CitationIdentity(body: "PP", kind: .resolution, number: "71"))?.revision?.year == 2022)
        #expect(merged.entry(for: CitationIdentity(body: "PP", kind: .resolution, number: "999")) != nil)
        #expect(merged.entries.count == Catalog.builtIn.entries.count + 1)
    }
}

/// The configuration's exclude globs, as .gitignore users expect them.
@Suite struct ConfigurationGlobTests {
    @Test(arguments: [
        ("archive/**", "archive/a.txt", true), ("archive/**", "archive/x/y.md", true), ("archive/**", "drafts/a.txt", false),
        ("*.draft.md", "a.draft.md", true), ("*.draft.md", "sub/a.draft.md", true), ("*.draft.md", "a.md", false),
        ("drafts/*.txt", "drafts/a.txt", true), ("drafts/*.txt", "drafts/x/a.txt", false), ("**/old/*", "a/b/old/c.txt", true),
        ("a?.txt", "a1.txt", true), ("a?.txt", "a12.txt", false), ("drafts/old", "drafts/old/a.txt", true),
    ])
    func globs(_ pattern: String, _ path: String, _ excluded: Bool) throws {
        var c = Configuration()
        c.exclude = [pattern]
        #expect(c.excludes(path) == excluded)
    }
}

/// include, per-file-ignores and the editor's settings laid over the file's.
@Suite struct ConfigurationKeysTests {
    func config(_ json: String) throws -> Configuration { try Configuration(json: Array(json.utf8)) }

    @Test func includeLeavesOutWhatItDoesNotName() throws {
        let c = try config(#"{"include": ["drafts/**"], "exclude": ["drafts/old/**"]}"#)
        #expect(!c.skips("drafts/a.md") && c.skips("notes/a.md") && c.skips("drafts/old/a.md"))
        #expect(!(try config("{}")).skips("notes/a.md"))
    }

    @Test func perFileIgnoresApplyToMatchingFilesOnly() throws {
        let c = try config(#"{"ignore": ["stray-space"], "per-file-ignores": {"reports/*.txt": ["latin-word"]}}"#)
        #expect(!c.selection(forRelativePath: "reports/r.txt").isEnabled("latin-word"))
        #expect(c.selection(forRelativePath: "drafts/r.txt").isEnabled("latin-word"))
        #expect(!c.selection(forRelativePath: "drafts/r.txt").isEnabled("stray-space"))
        #expect(throws: Configuration.Invalid.self) { try config(#"{"per-file-ignores": {"*.txt": ["no-such-rule"]}}"#) }
    }

    @Test func editorSettingsOverlayTheFile() throws {
        let file = try config(#"{"ignore": ["latin-word"], "lang": "zh", "severity": {"stray-space": "error"}}"#)
        let editor = try config(#"{"ignore": ["doubled-character"], "lang": "en", "severity": {"stray-space": "hint"}}"#)
        let both = file.overlaid(by: editor)
        #expect(both.ignore == ["latin-word", "doubled-character"] && both.language == .en && both.severities["stray-space"] == .hint)
    }

    @Test func anInvalidValueNamesItsCulprit() {
        do {
            _ = try config(#"{"lang": "fr"}"#)
            Issue.record("accepted")
        } catch let e as Configuration.Invalid {
            #expect(e.culprit == "fr")
        } catch { Issue.record("\(error)") }
    }
}
