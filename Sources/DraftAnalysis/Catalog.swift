import DraftSyntax

/// Facts about ITU instruments: number, latest known revision, English title. The built-in
/// catalog is catalog.tsv (what PP-18 adopted or revised); a user's file of the same columns
/// extends or overrides it. The conference register travels with it: both are the reference
/// facts a configuration extends, and whatever judges a revision needs the sessions.
public struct Catalog: Sendable {
    public struct Entry: Sendable, Equatable {
        public let kind: CitedKind
        public let body: String
        public let number: String
        /// As written in the file: "Rev. Dubai, 2018".
        public let revisionText: String
        public let revision: Revision?
        public let titleEn: String
        /// Where the text can be read, when the catalog gives it (an optional sixth column, `url`).
        public let url: String?

        public init(kind: CitedKind, body: String, number: String, revisionText: String, revision: Revision?, titleEn: String, url: String? = nil) {
            self.kind = kind
            self.body = body
            self.number = number
            self.revisionText = revisionText
            self.revision = revision
            self.titleEn = titleEn
            self.url = url
        }
    }

    public let entries: [Entry]
    public let conferences: ConferenceRegister
    private let byIdentity: [CitationIdentity: Entry]
    /// The conferences the catalog covers: body, kind and year of its entries' revisions.
    private let editions: Set<Edition>

    private struct Edition: Hashable {
        let body: String
        let kind: CitedKind
        let year: Int
    }

    public init(entries: [Entry], conferences: ConferenceRegister = .builtIn) {
        self.entries = entries
        self.conferences = conferences
        var index: [CitationIdentity: Entry] = [:]
        for e in entries { index[CitationIdentity(body: e.body, kind: e.kind, number: e.number)] = e }
        self.byIdentity = index
        self.editions = Set(entries.compactMap { e in e.revision?.year.map { Edition(body: e.body, kind: e.kind, year: $0) } })
    }

    public static let builtIn: Catalog = try! Catalog(tsv: builtInTSV)

    public func entry(for id: CitationIdentity) -> Entry? { byIdentity[id] }

    /// Whether the catalog lists everything `id`'s body adopted or revised in `year` (of that kind):
    /// only then does a number missing from it mean something.
    public func covers(_ id: CitationIdentity, year: Int) -> Bool {
        editions.contains(Edition(body: id.body, kind: id.kind, year: year))
    }

    /// The entries of `other` added to these, replacing those of the same instrument.
    public func extended(with other: Catalog) -> Catalog {
        let replaced = Set(other.entries.map { CitationIdentity(body: $0.body, kind: $0.kind, number: $0.number) })
        let kept = entries.filter { !replaced.contains(CitationIdentity(body: $0.body, kind: $0.kind, number: $0.number)) }
        return Catalog(entries: kept + other.entries, conferences: conferences)
    }

    /// This catalog with `other`'s sessions added to its register.
    public func extended(with other: ConferenceRegister) -> Catalog {
        Catalog(entries: entries, conferences: conferences.extended(with: other))
    }

    public struct ParseError: Error, CustomStringConvertible {
        public let line: Int
        public let reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// Reads the TSV: "#" comment lines, a header `kind body number revision title_en [url]`, then rows.
    public init(tsv: String) throws {
        var entries: [Entry] = []
        var sawHeader = false
        var columns = 5
        for (number, line) in TSVLines.of(tsv) {
            if line.isEmpty { continue }
            if line.hasPrefix("#") { continue }
            let cells = TSVLines.cells(of: line).map(String.init)
            if !sawHeader {
                guard cells == ["kind", "body", "number", "revision", "title_en"] || cells == ["kind", "body", "number", "revision", "title_en", "url"] else {
                    throw ParseError(line: number, reason: "the header must be kind, body, number, revision, title_en and optionally url (tab-separated)")
                }
                sawHeader = true
                columns = cells.count
                continue
            }
            guard cells.count == columns else { throw ParseError(line: number, reason: "expected \(columns) tab-separated columns, found \(cells.count)") }
            let url = columns == 6 && !cells[5].isEmpty ? cells[5] : nil
            if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                throw ParseError(line: number, reason: "the url must start with https:// or http://")
            }
            guard let kind = CitedKind(rawValue: cells[0]), kind != .article else {
                throw ParseError(line: number, reason: "unknown kind \"\(cells[0])\" (resolution, decision, recommendation, opinion)")
            }
            guard !cells[1].isEmpty, !cells[2].isEmpty else { throw ParseError(line: number, reason: "body and number are required") }
            entries.append(Entry(kind: kind, body: cells[1], number: cells[2], revisionText: cells[3],
                                 revision: Revision(parsing: cells[3]), titleEn: cells[4], url: url))
        }
        guard sawHeader else { throw ParseError(line: 1, reason: "no header line") }
        self.init(entries: entries)
    }
}
