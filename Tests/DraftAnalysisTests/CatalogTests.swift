@testable import DraftAnalysis
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

    /// A catalog or register saved with Windows line ends reads as the same rows.
    @Test func windowsLineEndsAreLineEnds() throws {
        let crlf = { (tsv: String) in tsv.replacingOccurrences(of: "\n", with: "\r\n") }
        #expect(try Catalog(tsv: crlf(Catalog.builtInTSV)).entries == Catalog.builtIn.entries)
        #expect(try ConferenceRegister(tsv: crlf(ConferenceRegister.builtInTSV)).sessions == ConferenceRegister.builtIn.sessions)
        do {
            _ = try Catalog(tsv: "kind\tbody\tnumber\trevision\ttitle_en\r\nresolution\tPP\t71\r\n")
            Issue.record("a short row was accepted")
        } catch let e as Catalog.ParseError {
            #expect(e.line == 2)
        }
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

/// The conference register compiled into the binary is conferences.tsv, and the rules that read it.
@Suite struct ConferenceRegisterTests {
    @Test func embeddedRegisterIsTheTSV() throws {
        let tsv = try String(contentsOf: CatalogTests.sources.appendingPathComponent("conferences.tsv"), encoding: .utf8)
        if ProcessInfo.processInfo.environment["UPDATE_CONFERENCES"] == "1" {
            let swift = "// Generated from conferences.tsv next to this file; ConferenceRegisterTests checks the two agree.\n"
                + "// After editing conferences.tsv: UPDATE_CONFERENCES=1 swift test --filter ConferenceRegisterTests\n"
                + "extension ConferenceRegister {\n    static let builtInTSV = #\"\"\"\n" + tsv + "\"\"\"#\n}\n"
            try swift.write(to: CatalogTests.sources.appendingPathComponent("ConferenceRegister+Data.swift"), atomically: true, encoding: .utf8)
        }
        let shared = CatalogTests.sources.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/conferences.tsv")
        if let upstream = try? String(contentsOf: shared, encoding: .utf8) { #expect(upstream == tsv, "shared/conferences.tsv changed: copy it and regenerate") }
        #expect(ConferenceRegister.builtIn.sessions.count >= 55)
        #expect(ConferenceRegister.builtIn.session(acronym: "PP-14")?.placeZh == "釜山")
        #expect(ConferenceRegister.builtIn.session(of: "WTSA", Revision(parsing: "2022年，日内瓦")!)?.acronym == "WTSA-20")
        #expect(ConferenceRegister.builtIn.session(of: nil, Revision(parsing: "Rev. Kigali, 2022")!)?.described == "WTDC-22, Kigali, 2022 · 2022年，基加利")
    }
}

@Suite struct ConferenceRuleTests {
    @Test func aRevisionNoSessionHad() {
        assertLint(CitationConferenceMismatch(), opinion(preamble: "a)\t⟦全权代表大会第71号决议（2018年，釜山）⟧和⟦第139号决议（2018年，釜山）⟧；\nb)\t⟦Resolution 95 (Rev.WRC-09)⟧和世界电信发展大会第37号决议（2022年，基加利），"),
                   messages: ["全权代表大会没有在2018年于釜山举行的会议（相符的会议：PP-14 釜山 2014、PP-18 迪拜 2018） | no session of the Plenipotentiary Conference met in Busan in 2018 (sessions that fit: PP-14 Busan 2014, PP-18 Dubai 2018)",
                              "全权代表大会没有在2018年于釜山举行的会议（相符的会议：PP-14 釜山 2014、PP-18 迪拜 2018） | no session of the Plenipotentiary Conference met in Busan in 2018 (sessions that fit: PP-14 Busan 2014, PP-18 Dubai 2018)",
                              "没有名为 WRC-09 的会议（WRC 的会议：WRC-03、WRC-07、WRC-12、WRC-15、WRC-19、WRC-23） | no session is called WRC-09 (WRC sessions: WRC-03, WRC-07, WRC-12, WRC-15, WRC-19, WRC-23)"])
        // No body named and none the catalog knows: nothing is guessed. A session that fits is fine.
        assertLint(CitationConferenceMismatch(), opinion(preamble: "a)\t第9999号决议（2018年，釜山）；\nb)\t全权代表大会第71号决议（2018年，迪拜，修订版）和ITU-R第40-4号决议（2015年，日内瓦），"))
    }

    @Test func flattenedTrackChanges() {
        assertLint(CitationFlattenedRevision(), opinion(preamble: "a)\t⟦第71号决议（年⟧，迪拜，修订版）；\nb)\t⟦第71号决议（2018年，迪拜布加勒斯特，修订版）⟧，"),
                   messages: ["引文版本缺少年份（“年”前没有数字） | the revision has no year (nothing before 年)", "引文版本中两个地点连在一起：“迪拜”和“布加勒斯特” | two places run together in the revision: 迪拜 and 布加勒斯特"])
        // The half-width parenthesis is shorter: the span ends after 年, not inside the next character (found by the fuzzer).
        assertLint(CitationFlattenedRevision(), opinion(preamble: "a)\t⟦第71号决议(年⟧，迪拜，修订版)；\nb)\t二，"))
        // A parenthesis judged once is reported wherever it ends a citation, and a whole one never.
        assertLint(CitationFlattenedRevision(), opinion(preamble: "a)\t⟦第71号决议（2018年，迪拜布加勒斯特，修订版）⟧和⟦第72号决议（2018年，迪拜布加勒斯特，修订版）⟧；\nb)\t第73号决议（2018年，迪拜，修订版）和第74号决议（2018年，迪拜，修订版），"),
                   messages: ["引文版本中两个地点连在一起：“迪拜”和“布加勒斯特” | two places run together in the revision: 迪拜 and 布加勒斯特",
                              "引文版本中两个地点连在一起：“迪拜”和“布加勒斯特” | two places run together in the revision: 迪拜 and 布加勒斯特"])
    }
}

@Suite struct InstrumentRevisionTests {
    @Test func titleAndBodyNameOneSession() {
        assertLint(InstrumentRevisionMismatch(), "第71号决议（2018年，迪拜，修订版）\n国际电联战略规划\n国际电信联盟全权代表大会⟦（2014年，釜山）⟧，\n做出决议\n1\t通过。\n",
                   messages: ["发言机构一行为2014年，釜山，而标题为2018年，迪拜 | the body line says Busan, 2014; the title says Dubai, 2018"])
        assertLint(InstrumentRevisionMismatch(), "RESOLUTION 71 (REV. DUBAI, 2018)\nStrategic plan\nThe Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\nresolves\n1\tto adopt.\n")
        assertLint(InstrumentRevisionMismatch(), "第71号决议（2018年，迪拜，修订版）\n题\n国际电信联盟全权代表大会（2018年，迪拜），\n做出决议\n1\t通过。\n")
        // The body line's last parenthesis is its session, whatever comes before it.
        assertLint(InstrumentRevisionMismatch(), "第71号决议（2018年，迪拜，修订版）\n题\n国际电信联盟（ITU）全权代表大会⟦（2014年，釜山）⟧，\n做出决议\n1\t通过。\n",
                   messages: ["发言机构一行为2014年，釜山，而标题为2018年，迪拜 | the body line says Busan, 2014; the title says Dubai, 2018"])
    }
}

/// A user's register (`.itudraft.json` `conferences`) adds sessions and corrects rows, and the rules read it.
@Suite struct UserRegisterTests {
    let user = "body_code\tbody_en\tbody_zh\tacronym\tyear\tplace_en\tplace_zh\n"
        + "WRC\tWorld Radiocommunication Conference\t世界无线电通信大会\tWRC-27\t2027\tExample City\t示例城\n"
        + "PP\tPlenipotentiary Conference\t全权代表大会\tPP-26\t2026\tDoha\t多哈\tsession report\tverified\n"

    @Test func addsSessionsAndReplacesRowsOfTheSameAcronym() throws {
        let register = ConferenceRegister.builtIn.extended(with: try ConferenceRegister(tsv: user))
        #expect(register.sessions.count == ConferenceRegister.builtIn.sessions.count + 1, "PP-26 replaced, WRC-27 added")
        #expect(register.session(acronym: "wrc-27")?.described == "WRC-27, Example City, 2027 · 2027年，示例城")
        #expect(register.canonicalPlace("示例城") == "Example City" && register.isKnownPlace("Example City"))
        #expect(!ConferenceRegister.builtIn.isKnownPlace("示例城"), "the built-in register is left as it was")
    }

    @Test func aBadRowNamesItsLine() {
        for (tsv, reason) in [("WRC\tW\t世\tWRC-27\tnext year\tX\t某\n", "line 1: year \"next year\" is not a year"),
                              ("body_code\tbody_en\n\nWRC\tW\n", "line 3: expected 7 tab-separated columns")] {
            #expect(throws: ConferenceRegister.ParseError.self) { try ConferenceRegister(tsv: tsv) }
            do { _ = try ConferenceRegister(tsv: tsv) } catch { #expect("\(error)".hasPrefix(reason), "\(error)") }
        }
    }

    @Test func theConferenceRuleReadsTheConfiguredRegister() throws {
        let text = opinion(preamble: "a)\tResolution 95 (Rev.WRC-27)；\nb)\t全权代表大会第71号决议（2018年，示例城）和第二项，")
        let catalog = Catalog.builtIn.extended(with: try ConferenceRegister(tsv: user))
        let codes = { (c: Catalog) in Analyzer.analyze(Document(SourceText(text)), selection: RuleSelection(select: ["citation-conference-mismatch"]), catalog: c).map(\.message.en) }
        #expect(codes(.builtIn) == ["no session is called WRC-27 (WRC sessions: WRC-03, WRC-07, WRC-12, WRC-15, WRC-19, WRC-23)"], "示例城 is unknown: not judged")
        #expect(codes(catalog) == ["no session of the Plenipotentiary Conference met in Example City in 2018 (sessions that fit: PP-18 Dubai 2018)"], "WRC-27 exists now; the user's place is judged")
    }
}
