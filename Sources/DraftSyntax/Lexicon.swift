/// Whether a section sets the scene (preamble, lettered items) or acts (operative, numbered items).
public enum SectionRole: String, Sendable, Codable {
    case preamble
    case operative
}

public enum TextLanguage: String, Sendable, Codable, CaseIterable {
    case zh
    case en
}

/// One known section heading: its keyword as written, the gloss hover shows, and its role.
public struct HeadingEntry: Sendable, Hashable {
    public let keyword: String
    public let gloss: String
    public let role: SectionRole
    public let language: TextLanguage
    /// The gloss lower-cased: what sections of language versions are matched by.
    public let glossKey: String
    let keywordBytes: [UInt8]

    init(_ keyword: String, _ gloss: String, _ role: SectionRole, _ language: TextLanguage = .zh) {
        self.keyword = keyword
        self.gloss = gloss
        self.role = role
        self.language = language
        self.glossKey = gloss.lowercased()
        self.keywordBytes = Array(keyword.utf8)
    }
}

/// The heading lexicon of DOMAIN.md §1. The list is open: `classifyHeading` also accepts
/// unknown headings by their shape (a short line starting with a known verb).
public enum Lexicon {
    public static let headings: [HeadingEntry] = {
        let p = SectionRole.preamble
        let o = SectionRole.operative
        let zh: [HeadingEntry] = [
            .init("忆及", "recalling", p), .init("考虑到", "considering", p),
            .init("认识到", "recognizing", p), .init("进一步认识到", "recognizing further", p),
            .init("铭记", "bearing in mind", p), .init("注意到", "noting", p),
            .init("进一步注意到", "noting further", p), .init("重申", "reaffirming", p),
            .init("强调", "emphasizing", p), .init("欢迎", "welcoming", p),
            .init("意识到", "aware", p), .init("关注到", "concerned", p),
            .init("认可", "acknowledging", p), .init("进一步考虑到", "considering further", p),
            .init("进一步忆及", "further recalling", p), .init("满意地注意到", "noting with satisfaction", p),
            .init("深信", "convinced", p), .init("关切", "concerned", p), .init("承认", "recognizing", p),
            .init("经审议", "having considered", p),
            .init("认为", "is of the view", o), .init("决定", "resolves", o),
            .init("进一步决定", "further resolves", o), .init("责成秘书长", "instructs the Secretary-General", o),
            .init("请秘书长", "invites the Secretary-General", o), .init("请成员国", "invites Member States", o),
            .init("请成员国、部门成员和其他利益攸关方共同协作",
                  "invites Member States, Sector Members and other stakeholders to work together", o),
            .init("请理事会", "invites the Council", o), .init("鼓励", "encourages", o),
            .init("呼吁", "calls upon", o), .init("做出决议", "resolves", o),
            .init("责成电信发展局主任", "instructs the Director of the Telecommunication Development Bureau", o),
            .init("责成电信标准化局主任", "instructs the Director of the Telecommunication Standardization Bureau", o),
            .init("责成无线电通信局主任", "instructs the Director of the Radiocommunication Bureau", o),
            .init("请成员国和部门成员", "invites Member States and Sector Members", o),
            .init("鼓励成员国", "encourages Member States", o), .init("敦促", "urges", o),
            .init("授权秘书长", "authorizes the Secretary-General", o),
            .init("请各成员国", "invites Member States", o),
            // Council and assembly forms (DOMAIN.md §6.1).
            .init("做出决定", "decides", o), .init("进一步做出决定", "further decides", o),
            .init("进一步做出决议", "further resolves", o), .init("经进一步审议", "having further considered", p),
            .init("请", "invites", o), .init("鉴于", "in view of", p), .init("经审查", "having examined", p),
            .init("了解到", "noting", p), .init("一致欢迎", "unanimously welcoming", p),
        ]
        let en: [HeadingEntry] = [
            .init("recalling", "忆及", p, .en), .init("considering", "考虑到", p, .en),
            .init("recognizing", "认识到", p, .en), .init("recognizing further", "进一步认识到", p, .en),
            .init("bearing in mind", "铭记", p, .en), .init("noting", "注意到", p, .en),
            .init("noting further", "进一步注意到", p, .en), .init("reaffirming", "重申", p, .en),
            .init("emphasizing", "强调", p, .en), .init("welcoming", "欢迎", p, .en),
            .init("aware", "意识到", p, .en), .init("concerned", "关注到", p, .en),
            .init("acknowledging", "认可", p, .en), .init("considering further", "进一步考虑到", p, .en),
            .init("further recalling", "进一步忆及", p, .en), .init("noting with satisfaction", "满意地注意到", p, .en),
            .init("convinced", "深信", p, .en), .init("having considered", "经审议", p, .en),
            .init("is of the view", "认为", o, .en), .init("resolves", "决定", o, .en),
            .init("further resolves", "进一步决定", o, .en),
            .init("instructs the Secretary-General", "责成秘书长", o, .en),
            .init("invites the Secretary-General", "请秘书长", o, .en),
            .init("invites Member States", "请成员国", o, .en),
            .init("invites Member States, Sector Members and other stakeholders to work together",
                  "请成员国、部门成员和其他利益攸关方共同协作", o, .en),
            .init("invites the Council", "请理事会", o, .en), .init("encourages", "鼓励", o, .en),
            .init("calls upon", "呼吁", o, .en), .init("urges", "敦促", o, .en),
            .init("instructs the Director of the Telecommunication Development Bureau", "责成电信发展局主任", o, .en),
            .init("invites Member States and Sector Members", "请成员国和部门成员", o, .en),
            .init("encourages Member States", "鼓励成员国", o, .en),
            .init("authorizes the Secretary-General", "授权秘书长", o, .en),
            .init("decides", "做出决定", o, .en), .init("further decides", "进一步做出决定", o, .en),
            .init("having further considered", "经进一步审议", p, .en), .init("invites", "请", o, .en),
            .init("in view of", "鉴于", p, .en), .init("having examined", "经审查", p, .en),
            .init("unanimously welcoming", "一致欢迎", p, .en), .init("recognizing also", "还认识到", p, .en),
            .init("noting also", "还注意到", p, .en), .init("instructs", "责成", o, .en),
            .init("requests", "请", o, .en),
        ]
        return zh + en
    }()

    /// Known Chinese keywords, longest first, for matching inside running text.
    static let chineseKeywordsLongestFirst: [HeadingEntry] =
        headings.filter { $0.language == .zh }.sorted { $0.keywordBytes.count > $1.keywordBytes.count }

    /// Known English keywords, longest first.
    static let englishKeywordsLongestFirst: [HeadingEntry] =
        headings.filter { $0.language == .en }.sorted { $0.keywordBytes.count > $1.keywordBytes.count }

    private static let zhByKeyword: [String: HeadingEntry] =
        Dictionary(headings.filter { $0.language == .zh }.map { ($0.keyword, $0) }, uniquingKeysWith: { a, _ in a })
    private static let enByKeyword: [String: HeadingEntry] =
        Dictionary(headings.filter { $0.language == .en }.map { ($0.keyword.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })

    /// Verb prefixes that make an unknown short line a heading, with the role they imply.
    private static let chinesePrefixes: [(String, SectionRole)] = [
        ("忆及", .preamble), ("考虑", .preamble), ("认识", .preamble), ("铭记", .preamble),
        ("注意", .preamble), ("重申", .preamble), ("强调", .preamble), ("欢迎", .preamble),
        ("意识", .preamble), ("关注", .preamble), ("深信", .preamble), ("满意", .preamble),
        ("认为", .operative), ("决定", .operative), ("责成", .operative), ("请", .operative),
        ("做出决定", .operative), ("进一步做出", .operative), ("经审", .preamble), ("鉴于", .preamble),
        ("了解", .preamble), ("一致", .preamble), ("承认", .preamble),
        ("鼓励", .operative), ("呼吁", .operative), ("敦促", .operative), ("授权", .operative),
        ("做出决议", .operative),
    ]
    private static let englishPrefixes: [(String, SectionRole)] = [
        ("recalling", .preamble), ("considering", .preamble), ("recognizing", .preamble),
        ("recognising", .preamble), ("noting", .preamble), ("bearing in mind", .preamble),
        ("reaffirming", .preamble), ("emphasizing", .preamble), ("welcoming", .preamble),
        ("aware", .preamble), ("concerned", .preamble), ("acknowledging", .preamble),
        ("convinced", .preamble), ("having", .preamble), ("further recalling", .preamble),
        ("resolves", .operative), ("further resolves", .operative), ("instructs", .operative),
        ("invites", .operative), ("encourages", .operative), ("calls upon", .operative),
        ("urges", .operative), ("authorizes", .operative), ("requests", .operative),
        ("decides", .operative), ("is of the view", .operative), ("in view of", .preamble),
        ("taking into account", .preamble), ("mindful", .preamble), ("stressing", .preamble),
    ]

    /// A heading line without the one comma or colon that may end it.
    public static func keyword(of line: String) -> String {
        guard let last = line.last, "，：,:".contains(last) else { return line }
        return String(line.dropLast()).trimmingCharacters()
    }

    /// An operative heading that runs on with commas (责成秘书长与各局主任密切合作，同时听取工作组的建议;
    /// instructs the Secretary-General, in consultation with the Directors,): an operative verb
    /// first, no sentence end (。；.;) anywhere. Only a candidate: items must follow it.
    public static func classifyTailHeading(_ line: String) -> HeadingEntry? {
        let scalars = line.unicodeScalars
        guard !scalars.contains(where: { $0 == "。" || $0 == "；" || $0 == ";" }), let last = scalars.last,
              last != ".", last != "：", last != ":" else { return nil }
        let bytes = Array(line.utf8)
        let hasHan = scalars.contains { CharClass.isHan($0.value) }
        let verbs = hasHan ? tailVerbsZh : tailVerbsEn
        guard verbs.contains(where: { v in bytes.count >= v.count && zip(bytes, v).allSatisfy { $0 | (hasHan ? 0 : 0x20) == $1 } }),
              scalars.count <= (hasHan ? 80 : 200) else { return nil }
        return HeadingEntry(keyword(of: line), "", .operative, hasHan ? .zh : .en)
    }

    private static let tailVerbsZh = ["责成", "请", "做出决议", "做出决定", "决定", "鼓励", "敦促", "呼吁", "授权", "进一步"].map { Array($0.utf8) }
    private static let tailVerbsEn = ["instructs", "invites", "resolves", "decides", "encourages", "urges", "calls upon", "requests", "further "].map { Array($0.utf8) }

    public static func entry(forKeyword keyword: String) -> HeadingEntry? {
        zhByKeyword[keyword] ?? enByKeyword[keyword.lowercased()]
    }

    /// First scalars a heading can start with; any other line is rejected before String work.
    static let headingInitials: Set<UInt32> = {
        var out = Set<UInt32>()
        for h in headings where h.language == .zh { out.insert(h.keyword.unicodeScalars.first!.value) }
        for (p, _) in chinesePrefixes { out.insert(p.unicodeScalars.first!.value) }
        out.insert("进".unicodeScalars.first!.value)
        return out
    }()

    /// Cheap test on bytes: could the line at `start` be a heading at all?
    static func mayStartHeading(_ bytes: [UInt8], _ start: Int) -> Bool {
        let (c, _) = UTF8Scan.scalar(bytes, at: start)
        return c < 0x80 ? CharClass.isASCIILetter(UInt8(c)) : headingInitials.contains(c)
    }

    /// Recognises a heading line (already stripped of Markdown and artefacts).
    /// Returns the entry (known, or synthesised from the verb prefix) or nil.
    public static func classifyHeading(_ written: String) -> HeadingEntry? {
        // The comma or colon that ends a heading line (做出决议，  决定：  resolves:) is part of it.
        let line = keyword(of: written)
        if let known = entry(forKeyword: line) { return known }
        var scalarCount = 0
        var hasHan = false
        for s in line.unicodeScalars {
            scalarCount += 1
            if CharClass.isHan(s.value) { hasHan = true }
            switch s {
            case "，", "。", "；", "：", ",", ";", ":", ".", "（", "(", "“", "\"", "《", "[", "?", "？", "！":
                return nil
            default: break
            }
            if s.value >= 0x30 && s.value <= 0x39 { return nil }
        }
        if hasHan {
            guard scalarCount <= 40 else { return nil }
            var body = Substring(line)
            if body.hasPrefix("进一步") { body = body.dropFirst(3) }
            for (prefix, role) in chinesePrefixes where body.hasPrefix(prefix) {
                // "请" alone is too common a word: demand an addressee after it.
                if prefix == "请" && body.count < 3 { return nil }
                return HeadingEntry(line, "", role, .zh)
            }
            return nil
        }
        let lower = line.lowercased()
        let words = lower.split(separator: " ")
        guard !words.isEmpty, words.count <= 16 else { return nil }
        var body = Substring(lower)
        if body.hasPrefix("further ") { body = body.dropFirst(8) }
        for (prefix, role) in englishPrefixes where body.hasPrefix(prefix) {
            let after = body.dropFirst(prefix.count)
            if after.isEmpty || after.first == " " { return HeadingEntry(line, "", role, .en) }
        }
        return nil
    }
}

