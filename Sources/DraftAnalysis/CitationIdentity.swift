import DraftSyntax

/// Conferences by year and place, enough to tell which body adopted 第N号决议（YEAR年，PLACE）
/// when the text names no body.
enum Conferences {
    struct Entry {
        let body: String
        let year: Int
        let places: [String]
    }

    static let entries: [Entry] = [
        Entry(body: "PP", year: 1994, places: ["京都", "Kyoto"]),
        Entry(body: "PP", year: 1998, places: ["明尼阿波利斯", "Minneapolis"]),
        Entry(body: "PP", year: 2002, places: ["马拉喀什", "Marrakesh"]),
        Entry(body: "PP", year: 2006, places: ["安塔利亚", "Antalya"]),
        Entry(body: "PP", year: 2010, places: ["瓜达拉哈拉", "Guadalajara"]),
        Entry(body: "PP", year: 2014, places: ["釜山", "Busan"]),
        Entry(body: "PP", year: 2018, places: ["迪拜", "Dubai"]),
        Entry(body: "PP", year: 2022, places: ["布加勒斯特", "Bucharest"]),
        Entry(body: "WTDC", year: 2002, places: ["伊斯坦布尔", "Istanbul"]),
        Entry(body: "WTDC", year: 2006, places: ["多哈", "Doha"]),
        Entry(body: "WTDC", year: 2010, places: ["海得拉巴", "Hyderabad"]),
        Entry(body: "WTDC", year: 2014, places: ["迪拜", "Dubai"]),
        Entry(body: "WTDC", year: 2017, places: ["布宜诺斯艾利斯", "Buenos Aires"]),
        Entry(body: "WTDC", year: 2022, places: ["基加利", "Kigali"]),
        Entry(body: "WTSA", year: 2004, places: ["弗洛里亚诺波利斯", "Florianópolis"]),
        Entry(body: "WTSA", year: 2008, places: ["约翰内斯堡", "Johannesburg"]),
        Entry(body: "WTSA", year: 2012, places: ["迪拜", "Dubai"]),
        Entry(body: "WTSA", year: 2016, places: ["哈马马特", "Hammamet"]),
        Entry(body: "WTSA", year: 2022, places: ["日内瓦", "Geneva"]),
        Entry(body: "WTSA", year: 2024, places: ["新德里", "New Delhi"]),
    ]

    /// Canonical (English) name of a place, so 迪拜 and Dubai compare equal.
    private static let canonicalPlaces: [String: String] = {
        var out = ["日内瓦": "Geneva"]
        for e in entries { for p in e.places { out[p] = e.places.last! } }
        return out
    }()

    static func canonicalPlace(_ place: String) -> String { canonicalPlaces[place] ?? place }

    static func body(year: Int, place: String) -> String? {
        let matches = entries.filter { $0.year == year && $0.places.contains(place) }
        return matches.count == 1 ? matches[0].body : nil
    }
}

/// Who issued a cited instrument, what kind it is and its number, whatever the written form.
public struct CitationIdentity: Sendable, Hashable {
    public let body: String
    public let kind: CitedKind
    public let number: String

    static let bodyNames: [(String, String)] = [
        ("国际电联全权代表大会", "PP"), ("全权代表大会", "PP"), ("世界电信发展大会", "WTDC"),
        ("世界电信标准化全会", "WTSA"), ("无线电通信全会", "RA"), ("世界无线电通信大会", "WRC"),
        ("联合国大会", "UNGA"), ("联大", "UNGA"), ("理事会", "Council"), ("政策论坛", "WTPF"),
        ("Plenipotentiary Conference", "PP"), ("World Telecommunication Development Conference", "WTDC"),
        ("World Telecommunication Standardization Assembly", "WTSA"), ("Radiocommunication Assembly", "RA"),
        ("World Radiocommunication Conference", "WRC"), ("General Assembly", "UNGA"), ("Policy Forum", "WTPF"),
        ("ITU-R", "RA"),
    ]

    /// nil when the body cannot be told (a UNGA number has a slash; other bodies need a name
    /// or a known conference in the revision).
    public init(body: String, kind: CitedKind, number: String) {
        self.body = body
        self.kind = kind
        self.number = number
    }

    public init?(_ c: Citation) {
        guard let number = c.number, c.kind != .article else { return nil }
        var body: String?
        if let written = c.body {
            body = Self.bodyNames.first { written.hasPrefix($0.0) }?.1
        }
        if body == nil, let r = c.revision {
            if r.isCouncilSession { body = "Council" }
            else if let a = r.acronym { body = String(a.prefix { $0 != "-" }) }
            else if let y = r.year, let p = r.place { body = Conferences.body(year: y, place: Conferences.canonicalPlace(p)) }
        }
        if body == nil && number.contains("/") { body = "UNGA" }
        // Within ITU only the policy forum adopts opinions: 意见2（2013年，日内瓦） is WTPF-13's.
        if body == nil && c.kind == .opinion { body = "WTPF" }
        guard let b = body else { return nil }
        self.body = b
        self.kind = c.kind
        self.number = number
    }

    /// The body named at the end of `text` (全权代表大会第, 联合国大会（UNGA）第), if any.
    public static func body(endingWith text: String) -> String? {
        var t = Substring(text)
        if t.hasSuffix("）"), let open = t.lastIndex(of: "（") { t = t[..<open] }
        return bodyNames.first { t.hasSuffix($0.0) }?.1
    }

    /// The identity of an instrument held in the workspace, so that its citations can be found:
    /// its kind and number, and the body named in its body line (or its title's revision).
    public init?(instrument inst: Instrument, text: SourceText) {
        guard let number = inst.number else { return nil }
        let kind: CitedKind
        switch inst.kind {
        case .opinion, .draftOpinion: kind = .opinion
        case .resolution: kind = .resolution
        case .decision: kind = .decision
        case .recommendation: kind = .recommendation
        case .fragment: return nil
        }
        let speaker = inst.body.map(text.string) ?? ""
        var body = Self.bodyNames.first { speaker.contains($0.0) }?.1
        if body == nil && kind == .opinion { body = "WTPF" }
        guard let body else { return nil }
        self.init(body: body, kind: kind, number: number)
    }

    public var englishName: String {
        let kindName: String
        switch kind {
        case .resolution: kindName = "Resolution"
        case .decision: kindName = "Decision"
        case .recommendation: kindName = "Recommendation"
        case .opinion: kindName = "Opinion"
        case .article: kindName = "Article"
        }
        return "\(body) \(kindName) \(number)"
    }
}

extension Revision {
    /// What tells one edition from another: year, place (迪拜 = Dubai), revision mark, acronym.
    var editionKey: String {
        "\(year ?? 0)|\(place.map(Conferences.canonicalPlace) ?? "")|\(revised)|\(acronym ?? "")"
    }

    /// Whether two citations of one instrument agree on the edition: `editionKey` compared field
    /// by field, without building strings (the citation rules ask it per citation).
    func isSameEdition(as other: Revision) -> Bool {
        guard year == other.year, revised == other.revised, acronym == other.acronym else { return false }
        return place == other.place || place.map(Conferences.canonicalPlace) == other.place.map(Conferences.canonicalPlace)
    }
}
