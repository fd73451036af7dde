import DraftSyntax

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

    /// The names' bytes, made once (each citation's identity compares its body with them).
    static let bodyNameBytes: [(name: [UInt8], body: String)] = bodyNames.map { (Array($0.0.utf8), $0.1) }

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
            // Bytes, not characters: a long draft asks this of thousands of citations.
            body = Self.bodyNameBytes.first { written.utf8.starts(with: $0.name) }?.body
        }
        if body == nil, let r = c.revision {
            if r.isCouncilSession { body = "Council" }
            else if let a = r.acronym { body = String(a.prefix { $0 != "-" }) }
            else if let y = r.year, let p = r.place { body = ConferenceRegister.builtIn.body(year: y, place: p) }
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
        "\(year ?? 0)|\(place.map(ConferenceRegister.builtIn.canonicalPlace) ?? "")|\(revised)|\(acronym ?? "")"
    }

    /// Whether two citations of one instrument agree on the edition: `editionKey` compared field
    /// by field, without building strings (the citation rules ask it per citation).
    func isSameEdition(as other: Revision) -> Bool {
        guard year == other.year, revised == other.revised, acronym == other.acronym else { return false }
        return place == other.place || place.map(ConferenceRegister.builtIn.canonicalPlace) == other.place.map(ConferenceRegister.builtIn.canonicalPlace)
    }
}
