import DraftSyntax

/// An instrument or a section as `workspace/symbol` lists it.
public struct WorkspaceSymbol: Sendable {
    public enum Kind: Sendable { case instrument, section }
    public let kind: Kind
    /// What a list shows: the title's first line, or the section keyword.
    public let name: String
    /// Other names it answers to: 意见4, Opinion 4, Draft Opinion 1, the gloss of a section.
    public let aliases: [String]
    /// The instrument a section belongs to.
    public let container: String?
    /// The title's first line or the heading: where the editor goes.
    public let selection: ByteRange

    static func symbols(of document: Document) -> [WorkspaceSymbol] {
        let text = document.text
        var out: [WorkspaceSymbol] = []
        for inst in document.instruments {
            let firstLine = text.string(inst.titleLines[0]).trimmingCharacters()
            let short = shortNames(inst)
            out.append(WorkspaceSymbol(kind: .instrument, name: firstLine, aliases: short, container: nil, selection: inst.titleLines[0]))
            for s in inst.sections {
                let gloss = s.heading.entry.gloss
                out.append(WorkspaceSymbol(kind: .section, name: s.heading.keyword, aliases: gloss.isEmpty ? [] : [gloss],
                                           container: short.first ?? firstLine, selection: s.heading.range))
            }
        }
        return out
    }

    /// 意见4 / Opinion 4, 意见1草案 / Draft Opinion 1, 第71号决议 / Resolution 71.
    static func shortNames(_ inst: Instrument) -> [String] {
        guard let n = inst.number else { return [] }
        switch inst.kind {
        case .opinion: return ["意见\(n)", "Opinion \(n)"]
        case .draftOpinion: return ["意见\(n)草案", "意见草案\(n)", "Draft Opinion \(n)"]
        case .resolution: return ["第\(n)号决议", "Resolution \(n)"]
        case .decision: return ["第\(n)号决定", "Decision \(n)"]
        case .recommendation: return ["第\(n)号建议", "Recommendation \(n)"]
        case .fragment: return []
        }
    }
}

/// Every file of the workspace, summarised; what cross-file features and rules read.
public struct WorkspaceIndex: Sendable {
    public private(set) var files: [String: FileSummary] = [:]
    /// Instrument → the keys of the files that cite it, sorted: a file's contribution is taken
    /// out and put in when it changes, so no question walks the whole workspace.
    private var citers: [CitationIdentity: [String]] = [:]
    /// Instrument → its titles and editions as the workspace cites them, kept the same way.
    private var tallies: [CitationIdentity: CitationTally] = [:]
    /// Instrument identity ("resolution 71") → the keys of the files holding a version of it.
    /// The files that hold an instrument, by its identity and language.
    private var holders: [VersionKey: [String]] = [:]
    /// Answers per instrument for this state of the index; a change starts a new one.
    private var aggregates = WorkspaceAggregates()
    /// Files paired as versions of each other by the user (`check --versions A B`), both ways:
    /// they are compared whatever their titles say (a draft renumbered in one language only).
    public private(set) var pairedFiles: [String: String] = [:]

    public mutating func pair(_ a: String, _ b: String) {
        aggregates = WorkspaceAggregates()
        pairedFiles[a] = b
        pairedFiles[b] = a
    }

    public init() {}

    public init(_ summaries: [FileSummary]) {
        for s in summaries { files[s.key] = s }
        // In key order, each file's share lands at the end of the sorted lists.
        for s in summaries.sorted(by: { $0.key < $1.key }) {
            for id in s.positions.keys {
                citers[id, default: []].append(s.key)
                tallies[id, default: CitationTally()].count(s, id, sign: 1)
            }
        }
        for s in summaries { for v in Set(s.versions.map(VersionKey.init)) { holders[v, default: []].append(s.key) } }
        for v in holders.keys { holders[v]!.sort() }
    }

    /// Puts `summary` in place of the file's; true when the file was there and what it says of
    /// the instruments it cites changed (the other files' cross-file findings may change then).
    @discardableResult
    public mutating func update(_ summary: FileSummary) -> Bool {
        let old = files[summary.key]
        // A keystroke seldom changes what a file says of an instrument: its share of the tally
        // is taken out and put back only for the instruments whose citations changed, and the
        // lists of files are touched only for what it starts or stops citing or holding.
        let changed = Set(old?.positions.keys ?? [:].keys).union(summary.positions.keys).filter { id in
            old.map { !CitationTally.sameShare($0, summary, id) } ?? true
        }
        replace(old, with: summary, key: summary.key, tallied: changed)
        return old != nil && !changed.isEmpty
    }

    public mutating func remove(_ key: String) {
        guard let old = files[key] else { return }
        replace(old, with: nil, key: key, tallied: Set(old.positions.keys))
    }

    /// The file `key` goes from `old` to `new` (nil: absent) in the lists and in the tallies of `tallied`.
    private mutating func replace(_ old: FileSummary?, with new: FileSummary?, key: String, tallied: Set<CitationIdentity>) {
        aggregates = WorkspaceAggregates()
        files[key] = new
        let (citedBefore, citedNow) = (Set(old?.positions.keys ?? [:].keys), Set(new?.positions.keys ?? [:].keys))
        for id in citedBefore.subtracting(citedNow) { Self.unmark(&citers, id, key) }
        for id in citedNow.subtracting(citedBefore) { Self.mark(&citers, id, key) }
        for id in tallied {
            if let old { tallies[id]?.count(old, id, sign: -1) }
            if let new, new.positions[id] != nil { tallies[id, default: CitationTally()].count(new, id, sign: 1) }
            if tallies[id]?.isEmpty == true { tallies[id] = nil }
        }
        let (heldBefore, heldNow) = (Set((old?.versions ?? []).map(VersionKey.init)), Set((new?.versions ?? []).map(VersionKey.init)))
        for v in heldBefore.subtracting(heldNow) { Self.unmark(&holders, v, key) }
        for v in heldNow.subtracting(heldBefore) { Self.mark(&holders, v, key) }
    }

    /// `key` put into, or taken out of, the sorted list of `id` (a list left empty goes).
    private static func mark<K: Hashable>(_ lists: inout [K: [String]], _ id: K, _ key: String) {
        lists[id, default: []].insert(key, at: lists[id, default: []].partitionIndex { $0 < key })
    }

    private static func unmark<K: Hashable>(_ lists: inout [K: [String]], _ id: K, _ key: String) {
        guard let list = lists[id] else { return }
        let i = list.partitionIndex { $0 < key }
        guard i < list.count, list[i] == key else { return }
        lists[id]?.remove(at: i)
        if lists[id]?.isEmpty == true { lists[id] = nil }
    }

    /// The files whose instruments have a version in another language here, or that are paired:
    /// those whose summaries must hold their paragraphs.
    public var filesWithCounterparts: [String] {
        var out = Set(pairedFiles.keys)
        for (key, f) in files where !out.contains(key) {
            if f.versions.contains(where: { v in TextLanguage.allCases.contains { $0 != v.language && holders[VersionKey(identity: v.identity, language: $0)] != nil } }) {
                out.insert(key)
            }
        }
        return out.sorted()
    }

    /// The other-language versions of `version` in the workspace (this file included), first by
    /// key; in a file paired with `file`, its instrument of the same rank whatever its identity.
    public func counterparts(of version: VersionSummary, in file: String? = nil) -> [(file: FileSummary, version: VersionSummary)] {
        if let file, let partner = pairedFiles[file].flatMap({ files[$0] }), let mine = files[file],
           let rank = mine.versions.firstIndex(where: { $0.title == version.title }), rank < partner.versions.count,
           partner.versions[rank].language != version.language {
            return [(partner, partner.versions[rank])]
        }
        // Most instruments have no other version open: nothing is allocated to say so (each
        // version rule asks for each of a long draft's thousand instruments).
        var holding: [String] = []
        for language in TextLanguage.allCases where language != version.language {
            holding += holders[VersionKey(identity: version.identity, language: language)] ?? []
        }
        guard !holding.isEmpty else { return [] }
        let others = TextLanguage.allCases.filter { $0 != version.language }
        return Set(holding).sorted().flatMap { key in
            let f = files[key]!
            let byLanguage = f.versionIndex[version.identity] ?? [:]
            return others.flatMap { byLanguage[$0] ?? [] }.sorted().map { (f, f.versions[$0]) }
        }
    }

    /// Files in a stable order (by key), so "first" and ties never depend on hashing.
    public var ordered: [FileSummary] { files.keys.sorted().map { files[$0]! } }

    /// Every citation of `id` in the workspace, file by file in key order.
    public func citations(of id: CitationIdentity) -> [(file: FileSummary, citation: Citation)] {
        (citers[id] ?? []).flatMap { key in
            let f = files[key]!
            return (f.positions[id] ?? []).map { (f, f.citations[$0].citation) }
        }
    }

    /// How often `id` is cited in the workspace, without listing where.
    public func citationCount(of id: CitationIdentity) -> Int {
        (citers[id] ?? []).reduce(0) { $0 + (files[$1]!.positions[id]?.count ?? 0) }
    }

    /// The editions `id` is cited in across the workspace, each with the files that cite it so
    /// (a file votes once per edition), in the order they first appear.
    public func editionVotes(of id: CitationIdentity) -> [EditionVote] {
        aggregates.votes(id) {
            guard let tally = tallies[id] else { return [] }
            let votes = tally.editions.compactMap { edition, keys -> (EditionVote, Int)? in
                let f = files[keys[0]]!
                // The edition's first citation in the first file that cites it so.
                guard let i = (f.positions[id] ?? []).first(where: { f.citations[$0].citation.revision?.editionKey == edition }) else { return nil }
                let c = f.citations[i].citation
                return (EditionVote(edition: c.revision!, files: keys, first: (f, c), written: f.written(i)), i)
            }
            return votes.sorted { ($0.0.first.file.key, $0.1) < ($1.0.first.file.key, $1.1) }.map(\.0)
        }
    }

    /// Whether any citation of `id` in the workspace gives a revision.
    public func hasRevisions(_ id: CitationIdentity) -> Bool {
        (tallies[id]?.withRevision ?? 0) > 0
    }

    /// The title the workspace teaches for `id` cited in `edition` (nil: any), and where: the
    /// inline title most citations give (the first one on a tie).
    public func taughtTitle(of id: CitationIdentity, edition: Revision? = nil) -> TaughtTitle? {
        aggregates.taught(id.englishName + "|" + id.body + "|" + (edition?.editionKey ?? "*")) { computeTaughtTitle(of: id, edition: edition) }
    }

    private func computeTaughtTitle(of id: CitationIdentity, edition: Revision?) -> TaughtTitle? {
        guard let counts = tallies[id]?.titleCounts(in: edition), let most = counts.values.map(\.count).max() else { return nil }
        // Of the titles given most often, the one that appears first (by file, then within it).
        var best: (key: String, index: Int, title: String, file: FileSummary, citation: Citation)?
        for (title, t) in counts where t.count == most {
            guard best == nil || t.first <= best!.key else { continue }
            let f = files[t.first]!
            for i in f.positions[id] ?? [] {
                let c = f.citations[i].citation
                if let edition, let r = c.revision, !r.isSameEdition(as: edition) { continue }
                guard let given = c.title, Self.normalisedTitle(given) == title else { continue }
                if best == nil || (t.first, i) < (best!.key, best!.index) { best = (t.first, i, given, f, c) }
                break
            }
        }
        return best.map { ($0.title, $0.file, $0.citation) }
    }

    /// Titles compare without the spaces a wrapped line leaves.
    static func normalisedTitle(_ t: String) -> String {
        // Most titles have no space to drop: they are their own normal form.
        var text = t
        let spaced = text.withUTF8 { b in
            b.indices.contains { b[$0] == 0x20 || b[$0] == 0x09 || b[$0] == 0x0A || b[$0] == 0x0D || (b[$0] == 0xE3 && $0 + 2 < b.count && b[$0 + 1] == 0x80 && b[$0 + 2] == 0x80) }
        }
        guard spaced else { return t }
        var out = String.UnicodeScalarView()
        for s in t.unicodeScalars where !(s == " " || s == "\t" || s == "\n" || s == "\r" || s == "\u{3000}") { out.append(s) }
        return String(out)
    }

    /// Instruments and sections whose names match `query`, best first (empty query: everything).
    public func symbols(matching query: String, limit: Int = 200) -> [(file: FileSummary, symbol: WorkspaceSymbol)] {
        var scored: [(score: Int, file: FileSummary, symbol: WorkspaceSymbol, order: Int)] = []
        var n = 0
        for f in ordered {
            for s in f.symbols {
                n += 1
                let best = ([s.name] + s.aliases).compactMap { FuzzyMatch.score(query, $0) }.max()
                if let best { scored.append((best, f, s, n)) }
            }
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.order < $1.order }
        return scored.prefix(limit).map { ($0.file, $0.symbol) }
    }

    /// The findings of workspace rules for the file `key`.
    public func diagnostics(for key: String, selection: RuleSelection = RuleSelection()) -> [Diagnostic] {
        guard let file = files[key] else { return [] }
        var out: [Diagnostic] = []
        for rule in RuleRegistry.all where rule.scope == .workspace && selection.isEnabled(rule.code) {
            guard let rule = rule as? any WorkspaceRule else { continue }
            rule.check(self, file: file) { out.append(selection.configured($0)) }
        }
        return out.sorted(by: Analyzer.documentOrder)
    }
}

/// A rule that compares files with each other; it runs on the workspace index, not on one document.
public protocol WorkspaceRule: Rule {
    func check(_ workspace: WorkspaceIndex, file: FileSummary, _ emit: (Diagnostic) -> Void)
}

extension WorkspaceRule {
    public var scope: RuleScope { .workspace }
    public func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {}
}

/// Subsequence matching as editors' symbol pickers do, with two twists for this domain: spaces
/// never count, and a number in the query must match a whole number ("71" is not "171").
public enum FuzzyMatch {
    /// nil when `candidate` does not match; higher is better.
    public static func score(_ query: String, _ candidate: String) -> Int? {
        let q = Array(query.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
        if q.isEmpty { return 0 }
        let c = Array(candidate.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
        let cNumbers = Set(numbers(c))
        for n in numbers(q) where !cNumbers.contains(n) { return nil }
        var score = 0
        var ci = 0
        var previous = -2
        for s in q {
            while ci < c.count && c[ci] != s { ci += 1 }
            guard ci < c.count else { return nil }
            score += ci == previous + 1 ? 3 : 1
            if ci == 0 { score += 5 }
            previous = ci
            ci += 1
        }
        // A shorter candidate is a closer match.
        return score * 100 - c.count
    }

    private static func numbers(_ s: [Unicode.Scalar]) -> [String] {
        var out: [String] = []
        var run = ""
        for x in s {
            if ("0"..."9").contains(x) { run.unicodeScalars.append(x) } else if !run.isEmpty { out.append(run); run = "" }
        }
        if !run.isEmpty { out.append(run) }
        return out
    }
}
