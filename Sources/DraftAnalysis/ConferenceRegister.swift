import DraftSyntax

/// The register of ITU conference sessions (conferences.tsv, embedded): which body met in which
/// year and where, with the acronym ITU gives the session and the Chinese name of the place. It
/// tells which body adopted 第N号决议（YEAR年，PLACE） when the text names none, and which revisions
/// no session of a body ever made (全权代表大会第71号决议（2018年，釜山）: Busan was 2014).
/// A user's file of the same columns (`.itudraft.json` `conferences`) adds sessions or corrects them.
public struct ConferenceRegister: Sendable {
    public struct Session: Sendable, Hashable {
        public let body: String
        public let bodyEn: String
        public let bodyZh: String
        public let acronym: String
        public let year: Int
        public let placeEn: String
        public let placeZh: String

        /// "PP-18, Dubai, 2018 · 2018年，迪拜".
        public var described: String { "\(acronym), \(placeEn), \(year) · \(year)年，\(placeZh)" }
    }

    /// Every session of the register (Council sessions are not listed: they meet yearly in Geneva).
    public let sessions: [Session]
    /// Canonical (English) name of each place in either language, so 迪拜 and Dubai compare equal.
    private let canonicalPlaces: [String: String]
    /// Year → canonical place → the bodies that met there: a bare citation's body is looked up
    /// once per citation, thousands of times in a long draft.
    private let bodiesMet: [Int: [String: Set<String>]]

    public init(sessions: [Session]) {
        self.sessions = sessions
        var places: [String: String] = [:]
        var met: [Int: [String: Set<String>]] = [:]
        for s in sessions {
            places[s.placeZh] = s.placeEn; places[s.placeEn] = s.placeEn; places[s.placeEn.lowercased()] = s.placeEn
            met[s.year, default: [:]][s.placeEn, default: []].insert(s.body)
        }
        canonicalPlaces = places
        bodiesMet = met
    }

    public static let builtIn = try! ConferenceRegister(tsv: builtInTSV)

    public struct ParseError: Error, CustomStringConvertible {
        public let line: Int
        public let reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// Reads the TSV: "#" comment lines, a header starting `body_code`, then rows of at least
    /// `body_code body_en body_zh acronym year place_en place_zh` (source and confidence may follow).
    public init(tsv: String) throws(ParseError) {
        var out: [Session] = []
        for (number, line) in TSVLines.of(tsv) {
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("body_code\t") { continue }
            let cols = TSVLines.cells(of: line).map { $0.trimmingCharacters() }
            guard cols.count >= 7 else { throw ParseError(line: number, reason: "expected 7 tab-separated columns (body_code body_en body_zh acronym year place_en place_zh), found \(cols.count)") }
            // "*" stands for every Council session: they are not sessions a revision names.
            if cols[4] == "*" { continue }
            guard let year = Int(cols[4]), (1865...2200).contains(year) else { throw ParseError(line: number, reason: "year \"\(cols[4])\" is not a year") }
            guard !cols[0].isEmpty, !cols[3].isEmpty, !cols[5].isEmpty else { throw ParseError(line: number, reason: "body_code, acronym and place_en must not be empty") }
            // APP-92 was a Plenipotentiary Conference too: its texts are the PP's.
            let pp = cols[0] == "APP"
            out.append(Session(body: pp ? "PP" : cols[0], bodyEn: pp ? "Plenipotentiary Conference" : cols[1], bodyZh: pp ? "全权代表大会" : cols[2],
                               acronym: cols[3], year: year, placeEn: cols[5], placeZh: cols[6].isEmpty ? cols[5] : cols[6]))
        }
        self.init(sessions: out)
    }

    /// The sessions of `other` added to these, replacing those of the same acronym.
    public func extended(with other: ConferenceRegister) -> ConferenceRegister {
        let replaced = Set(other.sessions.map { $0.acronym.lowercased() })
        return ConferenceRegister(sessions: sessions.filter { !replaced.contains($0.acronym.lowercased()) } + other.sessions)
    }

    public func canonicalPlace(_ place: String) -> String { canonicalPlaces[place] ?? canonicalPlaces[place.lowercased()] ?? place }

    /// Whether `place` is a place of the register, in either language.
    public func isKnownPlace(_ place: String) -> Bool { canonicalPlaces[place] != nil }

    /// The body whose one session met in `year` at `place`, if only one did.
    func body(year: Int, place: String) -> String? {
        guard let bodies = bodiesMet[year]?[canonicalPlace(place)], bodies.count == 1 else { return nil }
        return bodies.first
    }

    /// The sessions of `body` that met in `year` at `place`.
    public func sessions(of body: String, year: Int, place: String) -> [Session] {
        let canonical = canonicalPlace(place)
        return sessions.filter { $0.body == body && $0.year == year && $0.placeEn == canonical }
    }

    public func session(acronym: String) -> Session? {
        sessions.last { $0.acronym.lowercased() == acronym.lowercased() }
    }

    public func hasSessions(of body: String) -> Bool { sessions.contains { $0.body == body } }

    /// The session that made `revision` of a text of `body`: by its acronym, or by year and place.
    public func session(of body: String?, _ revision: Revision) -> Session? {
        if let a = revision.acronym { return session(acronym: a) }
        guard let year = revision.year, let place = revision.place else { return nil }
        let canonical = canonicalPlace(place)
        let matches = sessions.filter { $0.year == year && $0.placeEn == canonical && (body == nil || $0.body == body) }
        return matches.count == 1 ? matches[0] : nil
    }
}
