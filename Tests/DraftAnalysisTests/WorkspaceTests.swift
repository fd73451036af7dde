@testable import DraftAnalysis
import DraftSyntax
import Foundation
import Testing
import TestSupport

/// The workspace index: files summarised, symbols matched, and the rules that compare files.
@Suite struct WorkspaceTests {
    func index(_ files: [String: String]) -> WorkspaceIndex {
        WorkspaceIndex(files.map { FileSummary(key: $0.key, document: Document(SourceText($0.value))) })
    }

    func draft(_ n: Int, _ recalling: String) -> String {
        "意见\(n)：题\(n)\n论坛（2021年，日内瓦），\n忆及\na) \(recalling)，\n认为\n1 做。\n"
    }

    func found(_ w: WorkspaceIndex, _ key: String) -> [String] {
        w.diagnostics(for: key).map { d in "\(d.code) \(w.files[key]!.text.string(d.range))" }
    }

    @Test func aRevisionMostFilesDoNotCiteIsInformation() {
        let w = index([
            "a.md": draft(1, "第71号决议（2018年，迪拜，修订版）"),
            "b.md": draft(2, "全权代表大会第71号决议（2018年，迪拜，修订版）"),
            "c.md": draft(3, "第71号决议（2014年，釜山）"),
        ])
        #expect(found(w, "c.md") == ["citation-revision-across-files 第71号决议（2014年，釜山）"])
        #expect(found(w, "a.md").isEmpty && found(w, "b.md").isEmpty)
        let d = w.diagnostics(for: "c.md")[0]
        #expect(d.severity == .information && d.related.first?.file == "a.md")
    }

    @Test func twoFilesThatDisagreeWithNoMajorityAreLeftAlone() {
        let w = index(["a.md": draft(1, "第71号决议（2018年，迪拜，修订版）"), "b.md": draft(2, "第71号决议（2014年，釜山）")])
        #expect(found(w, "a.md").isEmpty && found(w, "b.md").isEmpty)
    }

    @Test func aContradictingInlineTitleIsAWarning() {
        let w = index([
            "a.md": draft(1, "有关“国际电联2020-2023年战略规划”的第71号决议（2018年，迪拜，修订版）"),
            "b.md": draft(2, "有关“国际电联 2020-2023年战略规划”的第71号决议（2018年，迪拜，修订版）"),
            "c.md": draft(3, "有关“国际电联战略规划”的第71号决议（2018年，迪拜，修订版）"),
            // Another revision has another title: not a contradiction.
            "d.md": draft(4, "有关“国际电联2016-2019年战略规划”的第71号决议（2014年，釜山）"),
        ])
        #expect(found(w, "c.md") == ["citation-title-contradiction 国际电联战略规划"])
        #expect(found(w, "a.md").isEmpty && found(w, "b.md").isEmpty)
        #expect(!found(w, "d.md").contains { $0.hasPrefix("citation-title") })
        #expect(w.taughtTitle(of: CitationIdentity(body: "PP", kind: .resolution, number: "71"))?.title == "国际电联2020-2023年战略规划")
        // Spaces of both widths and line breaks never count; other marks (、 shares the ideographic space's first byte) do.
        #expect(WorkspaceIndex.normalisedTitle("国际电联\u{3000}战略 规划\r\n") == "国际电联战略规划")
        #expect(WorkspaceIndex.normalisedTitle("信息、通信。") == "信息、通信。")
    }

    /// A title composed in one file and decomposed in another (é as one scalar or two) is one title.
    @Test func aTitleInAnotherNormalFormIsTheSameTitle() {
        let composed = "有关“Café规划”的第71号决议（2018年，迪拜，修订版）", decomposed = "有关“Cafe\u{301}规划”的第71号决议（2018年，迪拜，修订版）"
        let w = index(["a.md": draft(1, composed), "b.md": draft(2, decomposed), "c.md": draft(3, decomposed),
                       "d.md": draft(4, "有关“其他规划”的第71号决议（2018年，迪拜，修订版）")])
        #expect(found(w, "a.md").isEmpty && found(w, "b.md").isEmpty && found(w, "c.md").isEmpty)
        #expect(found(w, "d.md") == ["citation-title-contradiction 其他规划"])
    }

    @Test func theSeedsAgreeWithEachOther() throws {
        var files: [String: String] = [:]
        for name in GoldenTests.seeds {
            files[name] = String(decoding: try Data(contentsOf: GoldenTests.root.appendingPathComponent("seeds/\(name)")), as: UTF8.self)
        }
        let w = index(files)
        for key in files.keys { #expect(w.diagnostics(for: key).isEmpty, "\(key)") }
    }

    @Test func symbolsMatchNamesNumbersAndGlosses() {
        let w = index(["a.md": draft(4, "一"), "b.md": "意见1草案：另一题\n论坛（2021年，日内瓦），\n考虑到\na) 二，\n认为\n1 做。\n"])
        let names = { (q: String) in w.symbols(matching: q).map { "\($0.symbol.container.map { $0 + " " } ?? "")\($0.symbol.name)" } }
        #expect(names("意见4").first == "意见4：题4")
        #expect(names("opinion 4").first == "意见4：题4")
        #expect(names("draft opinion 1").first == "意见1草案：另一题")
        #expect(names("considering") == ["意见1草案 考虑到"])
        #expect(names("14").isEmpty, "a number matches whole numbers only")
        #expect(FuzzyMatch.score("71", "第71号决议") != nil && FuzzyMatch.score("71", "第171号决议") == nil)
        #expect(w.symbols(matching: "").count == 6)
    }

    @Test func aResolutionInTheWorkspaceIsFoundByItsNumberAndCitationsOfIt() throws {
        let resolution = "第71号决议（2018年，迪拜，修订版）\n国际电联2020-2023年战略规划\n国际电联全权代表大会（2018年，迪拜），\n忆及\na)\t一，\n做出决议\n1\t做。\n"
        let w = index(["r71.md": resolution, "a.md": draft(1, "全权代表大会第71号决议（2018年，迪拜，修订版）"), "b.md": draft(2, "第171号决议（2018年，迪拜）")])
        #expect(w.symbols(matching: "71").map(\.file.key) == ["r71.md"])
        #expect(w.symbols(matching: "resolution 71").first?.symbol.name == "第71号决议（2018年，迪拜，修订版）")
        let doc = Document(SourceText(resolution))
        let id = try #require(CitationIdentity(instrument: doc.instruments[0], text: doc.text))
        #expect(id == CitationIdentity(body: "PP", kind: .resolution, number: "71"))
        #expect(w.citations(of: id).map(\.file.key) == ["a.md"])
    }
}

/// The workspace index keeps its inverted index and its answers as files come, change and go:
/// whatever the order, it answers as an index built at once from the same files, and as a walk
/// over every citation of the workspace would.
@Suite struct WorkspaceIndexUpdateTests {
    static let texts = ["第71号决议（2018年，迪拜，修订版）", "第71号决议（2014年，釜山）", "有关“战略规划”的第71号决议（2018年，迪拜）",
                        "有关“战略 规划”的第71号决议（2018年，Dubai）", "有关“其他规划”的第71号决议（2018年，迪拜）", "有关“其他规划”的第71号决议",
                        "有关“战略规划”的第71号决议（2014年，釜山）", "第139号决议（2018年，迪拜）", "无"]

    @Test func updatesAndRemovalsAnswerAsAFreshIndexAndAWalk() {
        var rng = SplitMix(seed: TestSeed.value(default: 17))
        func summary(_ key: String) -> FileSummary {
            // One to three citations, so that a file can give two titles and tie with itself.
            let cited = (0...rng.next(2)).map { _ in Self.texts[rng.next(Self.texts.count)] }.joined(separator: "，")
            // Blank lines before it move its citations without changing what they say.
            let moved = String(repeating: "\n", count: rng.next(3))
            // One file in four is the English version: the lists of files holding each version change too.
            if rng.next(4) == 0 {
                return FileSummary(key: key, document: Document(moved + "Opinion 1: Title\nThe World Telecommunication/ICT Policy Forum (Geneva, 2021),\nconsidering\na)\tone,\nis of the view\n1\tto act.\n"))
            }
            return FileSummary(key: key, document: Document(moved + "意见1：题\n论坛（2021年，日内瓦），\n认为\n1\t见\(cited)。\n"))
        }
        var index = WorkspaceIndex()
        var current: [String: FileSummary] = [:]
        let id = CitationIdentity(body: "PP", kind: .resolution, number: "71")
        let editions: [Revision?] = [nil] + ["2018年，迪拜，修订版", "2018年，迪拜", "2014年，釜山"].map { Document("意见1：题\n论坛（2021年，日内瓦），\n认为\n1\t见第71号决议（\($0)）。\n").citations[0].revision }
        var paired = 0, found = 0
        for step in 0..<400 {
            let key = "f\(rng.next(6))"
            if rng.next(4) == 0 { index.remove(key); current[key] = nil } else {
                let s = summary(key); index.update(s); current[key] = s
            }
            let fresh = WorkspaceIndex(Array(current.values))
            let walk = Walk(files: current.values.sorted { $0.key < $1.key }, id: id)
            let replay = "step \(step), \(TestSeed.replay(default: 17))"
            #expect(index.citations(of: id).map { "\($0.file.key)@\($0.citation.range)" } == fresh.citations(of: id).map { "\($0.file.key)@\($0.citation.range)" }, "\(replay)")
            #expect(index.filesWithCounterparts == fresh.filesWithCounterparts, "\(replay)")
            // The cross-file rules find the same in every file, with the same related places.
            for key in current.keys.sorted() {
                let findings = { (w: WorkspaceIndex) in w.diagnostics(for: key).map { "\($0.code)@\($0.range) \($0.message.en) \($0.related.map { "\($0.file ?? "-")@\($0.range)" })" } }
                #expect(findings(index) == findings(fresh), "\(replay), file \(key)")
                found += findings(fresh).count
            }
            if !fresh.filesWithCounterparts.isEmpty { paired += 1 }
            for w in [index, fresh] {
                #expect(w.editionVotes(of: id).map(Walk.describe) == walk.votes(), "\(replay)")
                #expect(w.hasRevisions(id) == walk.hasRevisions, "\(replay)")
                for e in editions { #expect(w.taughtTitle(of: id, edition: e).map(Walk.describe) == walk.taught(e), "\(replay), edition \(String(describing: e?.year))") }
            }
        }
        #expect(paired > 50, "the Chinese and English versions met often enough to be compared")
        #expect(found > 100, "the files contradicted each other often enough to compare findings")
    }

    /// The answers as a walk over every citation in file order gives them.
    struct Walk {
        let cited: [(file: FileSummary, citation: Citation)]
        init(files: [FileSummary], id: CitationIdentity) {
            cited = files.flatMap { f in (f.positions[id] ?? []).map { (f, f.citations[$0].citation) } }
        }
        var hasRevisions: Bool { cited.contains { $0.citation.revision != nil } }

        static func describe(_ v: EditionVote) -> String { "\(v.edition.year ?? 0) \(v.files) \(v.first.file.key)@\(v.first.citation.range)" }
        static func describe(_ t: TaughtTitle) -> String { "\(t.title) \(t.file.key)@\(t.citation.range)" }

        func votes() -> [String] {
            var votes: [(edition: Revision, files: [String], first: String)] = []
            for (f, c) in cited {
                guard let r = c.revision else { continue }
                if let i = votes.firstIndex(where: { $0.edition.isSameEdition(as: r) }) {
                    if !votes[i].files.contains(f.key) { votes[i].files.append(f.key) }
                } else {
                    votes.append((r, [f.key], "\(f.key)@\(c.range)"))
                }
            }
            return votes.map { "\($0.edition.year ?? 0) \($0.files) \($0.first)" }
        }

        func taught(_ edition: Revision?) -> String? {
            var counts: [String: Int] = [:], first: [String: String] = [:], order: [String] = []
            for (f, c) in cited {
                guard let t = c.title else { continue }
                if let edition, let r = c.revision, !r.isSameEdition(as: edition) { continue }
                let key = WorkspaceIndex.normalisedTitle(t)
                if counts[key] == nil { order.append(key); first[key] = "\(t) \(f.key)@\(c.range)" }
                counts[key, default: 0] += 1
            }
            guard var best = order.first else { return nil }
            for key in order where counts[key]! > counts[best]! { best = key }
            return first[best]
        }
    }
}
