import DraftSyntax

/// The register of ITU conference sessions (conferences.tsv, embedded): which body met in which
/// year and where, with the acronym ITU gives the session and the Chinese name of the place. It
/// tells which body adopted 第N号决议（YEAR年，PLACE） when the text names none, and which revisions
/// no session of a body ever made (全权代表大会第71号决议（2018年，釜山）: Busan was 2014).
public enum Conferences {
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
    public static let sessions: [Session] = parse(builtInTSV)

    static func parse(_ tsv: String) -> [Session] {
        var out: [Session] = []
        for raw in tsv.split(separator: "\n") where !raw.hasPrefix("#") {
            let cols = raw.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count >= 7, cols[0] != "body_code", let year = Int(cols[4]) else { continue }
            // APP-92 was a Plenipotentiary Conference too: its texts are the PP's.
            let pp = cols[0] == "APP"
            out.append(Session(body: pp ? "PP" : cols[0], bodyEn: pp ? "Plenipotentiary Conference" : cols[1], bodyZh: pp ? "全权代表大会" : cols[2],
                               acronym: cols[3], year: year, placeEn: cols[5], placeZh: cols[6]))
        }
        return out
    }

    /// Canonical (English) name of a place, so 迪拜 and Dubai compare equal.
    private static let canonicalPlaces: [String: String] = {
        var out: [String: String] = [:]
        for s in sessions { out[s.placeZh] = s.placeEn; out[s.placeEn] = s.placeEn; out[s.placeEn.lowercased()] = s.placeEn }
        return out
    }()

    static func canonicalPlace(_ place: String) -> String { canonicalPlaces[place] ?? canonicalPlaces[place.lowercased()] ?? place }

    /// Whether `place` is a place of the register, in either language.
    static func isKnownPlace(_ place: String) -> Bool { canonicalPlaces[place] != nil }

    /// The body whose one session met in `year` at `place`, if only one did.
    static func body(year: Int, place: String) -> String? {
        let canonical = canonicalPlace(place)
        let bodies = Set(sessions.filter { $0.year == year && $0.placeEn == canonical }.map(\.body))
        return bodies.count == 1 ? bodies.first : nil
    }

    /// The sessions of `body` that met in `year` at `place`.
    public static func sessions(of body: String, year: Int, place: String) -> [Session] {
        let canonical = canonicalPlace(place)
        return sessions.filter { $0.body == body && $0.year == year && $0.placeEn == canonical }
    }

    public static func session(acronym: String) -> Session? {
        sessions.first { $0.acronym.lowercased() == acronym.lowercased() }
    }

    public static func hasSessions(of body: String) -> Bool { sessions.contains { $0.body == body } }

    /// The session that made `revision` of a text of `body`: by its acronym, or by year and place.
    public static func session(of body: String?, _ revision: Revision) -> Session? {
        if let a = revision.acronym { return session(acronym: a) }
        guard let year = revision.year, let place = revision.place else { return nil }
        let canonical = canonicalPlace(place)
        let matches = sessions.filter { $0.year == year && $0.placeEn == canonical && (body == nil || $0.body == body) }
        return matches.count == 1 ? matches[0] : nil
    }
}
