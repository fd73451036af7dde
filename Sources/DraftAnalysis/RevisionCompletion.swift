import DraftSyntax

/// What completion offers inside the parenthesis of a citation being typed (第71号决议（ or
/// Resolution 71 (): the sessions of the cited body, newest first, written as the text's
/// language writes a revision, with the place in the other language beside it.
public enum RevisionCompletion {
    public struct Offer: Sendable, Equatable {
        /// What replaces `typed`: 2018年，迪拜 / Rev. Dubai, 2018.
        public let text: String
        /// PP-18 · Dubai, 2018 (in Chinese text) / PP-18 · 2018年，迪拜 (in English text).
        public let detail: String
    }

    /// The text typed inside the parenthesis and the offers, when `before` (the line up to the
    /// cursor) ends inside a citation's open parenthesis whose body is known: from its name
    /// (全权代表大会第71号决议（) or from the catalog (a PP-18 number). Never a guess.
    public static func offers(before: String, catalog: Catalog) -> (typed: String, offers: [Offer])? {
        guard let open = before.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return nil }
        let typed = String(before[before.index(after: open)...])
        guard !typed.contains("）") && !typed.contains(")") && typed.count <= 20 else { return nil }
        let head = before[..<open].reversed().drop { $0 == " " }.reversed()
        let zh = before[open] == "（"
        guard let (kind, number, prefix) = citedInstrument(String(head), zh: zh) else { return nil }
        let named = CitationIdentity.body(endingWith: prefix)
        let body = named ?? ["PP", "WTDC", "WTSA", "RA", "WRC"].first { catalog.entry(for: CitationIdentity(body: $0, kind: kind, number: number)) != nil }
        guard let body, catalog.conferences.hasSessions(of: body) else { return nil }
        let offers = catalog.conferences.sessions.filter { $0.body == body }.sorted { $0.year > $1.year }.map { s in
            zh ? Offer(text: "\(s.year)年，\(s.placeZh)", detail: "\(s.acronym) · \(s.placeEn), \(s.year)")
               : Offer(text: "Rev. \(s.placeEn), \(s.year)", detail: "\(s.acronym) · \(s.year)年，\(s.placeZh)")
        }
        return (typed, offers.filter { typed.isEmpty || $0.text.hasPrefix(typed) })
    }

    /// 第71号决议 / Resolution 71 at the end of `head`: the kind, the number and what precedes it.
    private static func citedInstrument(_ head: String, zh: Bool) -> (CitedKind, String, String)? {
        var rest = Substring(head)
        if zh {
            let kinds: [(String, CitedKind)] = [("号决议", .resolution), ("号决定", .decision), ("号建议", .recommendation), ("号意见", .opinion)]
            guard let (suffix, kind) = kinds.first(where: { rest.hasSuffix($0.0) }) else { return nil }
            rest = rest.dropLast(suffix.count)
            let number = String(rest.reversed().prefix { $0.isASCII && ($0.isNumber || $0 == "/") }.reversed())
            rest = rest.dropLast(number.count)
            guard !number.isEmpty, rest.hasSuffix("第") else { return nil }
            return (kind, number, String(rest.dropLast()))
        }
        let number = String(rest.reversed().prefix { $0.isASCII && ($0.isNumber || $0 == "/") }.reversed())
        rest = rest.dropLast(number.count)
        let kinds: [(String, CitedKind)] = [("Resolution ", .resolution), ("Decision ", .decision), ("Recommendation ", .recommendation), ("Opinion ", .opinion)]
        guard !number.isEmpty, let (word, kind) = kinds.first(where: { rest.hasSuffix($0.0) }) else { return nil }
        return (kind, number, String(rest.dropLast(word.count)))
    }
}
