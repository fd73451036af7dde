import DraftSyntax

/// What the files of the workspace say of one instrument, kept up to date file by file: the
/// titles its citations give in each edition and the files citing each edition. A question about
/// the instrument (its taught title, its editions) is answered from these counts; a keystroke in
/// one draft of a thousand adds and removes only that draft's share.
struct CitationTally: Sendable {
    /// A title (normalised) as one edition's citations give it: how often, and in which files (sorted).
    struct Title: Sendable {
        var count = 0
        var files: [String] = []
    }
    /// Edition key (`noEdition` when the citation gives no revision) → normalised title → its count.
    private(set) var titles: [String: [String: Title]] = [:]
    /// Edition key → the files citing the instrument in that edition, sorted.
    private(set) var editions: [String: [String]] = [:]
    /// Citations that give a revision.
    private(set) var withRevision = 0

    static let noEdition = ""

    /// A title as written, in the edition of `keys` numbered `edition` (-1: none).
    private struct TitleKey: Hashable {
        let edition: Int
        let title: Spelling
    }

    var isEmpty: Bool { titles.isEmpty && editions.isEmpty }

    /// Adds (`sign` 1) or takes out (`sign` -1) what `file` says of `id`.
    mutating func count(_ file: FileSummary, _ id: CitationIdentity, sign: Int) {
        var cited = Set<String>()
        // Each revision as written keyed once: a long draft cites one instrument thousands of times in a few.
        var keys: [(revision: Revision, key: String)] = []
        // Titles counted by their bytes first (a String hashes its canonical form, scalar by
        // scalar), then normalised and hashed as Strings once each.
        var spelled: [TitleKey: Int] = [:]
        for i in file.positions[id] ?? [] {
            let revision = file.citations[i].citation.revision
            var edition = -1
            if let revision {
                if let known = keys.firstIndex(where: { $0.revision == revision }) { edition = known } else {
                    edition = keys.count
                    keys.append((revision, revision.editionKey))
                }
                withRevision += sign
                cited.insert(keys[edition].key)
            }
            if let t = file.citations[i].citation.title { spelled[TitleKey(edition: edition, title: Spelling(t)), default: 0] += 1 }
        }
        var titleCounts: [String: [String: Int]] = [:]
        for (k, n) in spelled {
            titleCounts[k.edition < 0 ? Self.noEdition : keys[k.edition].key, default: [:]][WorkspaceIndex.normalisedTitle(k.title.text), default: 0] += n
        }
        // In place: a copy of a list of a thousand files for each file counted was quadratic.
        for edition in cited {
            Self.mark(&editions[edition, default: []], file.key, sign)
            if editions[edition]?.isEmpty == true { editions[edition] = nil }
        }
        for (edition, counts) in titleCounts {
            for (title, n) in counts {
                titles[edition, default: [:]][title, default: Title()].count += sign * n
                Self.mark(&titles[edition, default: [:]][title, default: Title()].files, file.key, sign)
                if titles[edition]?[title]?.count == 0 { titles[edition]?[title] = nil }
            }
            if titles[edition]?.isEmpty == true { titles[edition] = nil }
        }
    }

    /// Whether `a` and `b` (two versions of one file) say the same of `id`: the same revisions
    /// and titles in the same order, compared byte for byte (what moved does not matter).
    static func sameShare(_ a: FileSummary, _ b: FileSummary, _ id: CitationIdentity) -> Bool {
        let x = a.positions[id] ?? [], y = b.positions[id] ?? []
        guard x.count == y.count else { return false }
        // Read in place: copying each citation out of its array retained and released its strings.
        return a.citations.withUnsafeBufferPointer { ca in
            b.citations.withUnsafeBufferPointer { cb in
                for (i, j) in zip(x, y) {
                    guard same(ca[i].citation.title, cb[j].citation.title) else { return false }
                    switch (ca[i].citation.revision, cb[j].citation.revision) {
                    case (nil, nil): continue
                    case let (r?, s?):
                        guard r.year == s.year, r.revised == s.revised, same(r.place, s.place), same(r.acronym, s.acronym) else { return false }
                    default: return false
                    }
                }
                return true
            }
        }
    }

    private static func same(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (a?, b?): return a.hasSameBytes(as: b)
        default: return false
        }
    }

    private static func mark(_ files: inout [String], _ key: String, _ sign: Int) {
        let i = files.partitionIndex { $0 < key }
        if sign > 0 { files.insert(key, at: i) } else if i < files.count && files[i] == key { files.remove(at: i) }
    }

    /// The normalised titles given in `edition` (nil: in any) and citations giving none, each with
    /// its count and the first file giving it.
    func titleCounts(in edition: Revision?) -> [String: (count: Int, first: String)] {
        let buckets = edition.map { [titles[$0.editionKey], titles[Self.noEdition]].compactMap { $0 } } ?? Array(titles.values)
        var out: [String: (count: Int, first: String)] = [:]
        for bucket in buckets {
            for (title, t) in bucket {
                let was = out[title]
                out[title] = ((was?.count ?? 0) + t.count, min(was?.first ?? t.files[0], t.files[0]))
            }
        }
        return out
    }
}
