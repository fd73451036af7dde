import DraftSyntax

/// Reports a revision that Word's track changes left behind when they were flattened into text:
/// an empty year （年，迪拜，修订版）, or two places run together （2018年，迪拜布加勒斯特，修订版）,
/// the deleted one and the inserted one. No fix: which one was meant is the reviser's call.
struct CitationFlattenedRevision: Rule {
    let code = "citation-flattened-revision"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "引文版本中残留修订痕迹（缺年份或两个地点连在一起）", en: "a revision left garbled by flattened track changes (no year, or two places run together)")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        let bytes = context.bytes
        let register = context.catalog.conferences
        // Many citations end in the same parenthesis: each is judged once.
        var judged: [ArraySlice<UInt8>: Verdict] = [:]
        for c in context.document.citations {
            // （年，迪拜，修订版）: no revision could be read, so the parenthesis follows the citation.
            var k = c.range.end
            if k < bytes.count && bytes[k] == 0x20 { k += 1 }
            if let open = UTF8Scan.hasBytes(bytes, Self.openYear, at: k) ? Self.openYear : UTF8Scan.hasBytes(bytes, Self.openYearHalf, at: k) ? Self.openYearHalf : nil {
                emit(diagnostic(ByteRange(c.range.start, k + open.count), Self.noYear))
                continue
            }
            // A revision whose place the register knows is whole: most citations stop here.
            if let place = c.revision?.place, c.revision?.year != nil, register.isKnownPlace(place) { continue }
            // The revision is the parenthesis that closes the citation, not one inside its title.
            guard c.range.end > c.range.start, bytes[c.range.end - 1] == UInt8(ascii: ")") || bytes[c.range.end - 1] == 0x89,
                  let open = Parentheses.lastOpening(bytes, in: c.range) else { continue }
            let tail = bytes[open..<c.range.end]
            let verdict = judged[tail] ?? Self.judge(String(decoding: tail, as: UTF8.self), register)
            judged[tail] = verdict
            switch verdict {
            case .whole: break
            case .noYear: emit(diagnostic(c.range, Self.noYear))
            case .twoPlaces(let a, let b):
                emit(diagnostic(c.range, Message(zh: "引文版本中两个地点连在一起：“\(a)”和“\(b)”", en: "two places run together in the revision: \(a) and \(b)")))
            }
        }
    }

    enum Verdict {
        case whole, noYear, twoPlaces(String, String)
    }

    static let noYear = Message(zh: "引文版本缺少年份（“年”前没有数字）", en: "the revision has no year (nothing before 年)")

    /// What the parenthesis `text` (from its opening mark to the citation's end) says of its revision.
    static func judge(_ text: String, _ register: ConferenceRegister) -> Verdict {
        guard text.last == "）" || text.last == ")", let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return .whole }
        let inside = text[text.index(after: open)...].trimmingCharacters(in: "）)")
        let parts = inside.split(whereSeparator: { $0 == "，" || $0 == "," || $0 == "、" }).map { $0.trimmingCharacters() }
        if parts.first == "年" || inside.hasPrefix("年") { return .noYear }
        for part in parts where !register.isKnownPlace(part) {
            if let (a, b) = twoPlaces(part, register) { return .twoPlaces(a, b) }
        }
        return .whole
    }

    static let openYear = Array("（年".utf8)
    static let openYearHalf = Array("(年".utf8)

    /// "迪拜布加勒斯特" → (迪拜, 布加勒斯特): two places of the register, one after the other.
    static func twoPlaces(_ s: String, _ register: ConferenceRegister) -> (String, String)? {
        let chars = Array(s)
        // Two city names: a few ideographs or words, never digits or a whole clause.
        guard chars.count >= 4, chars.count <= 24, !chars.contains(where: \.isNumber) else { return nil }
        for k in 2..<(chars.count - 1) {
            let a = String(chars[..<k]), b = String(chars[k...])
            if register.isKnownPlace(a) && register.isKnownPlace(b) { return (a, b) }
        }
        return nil
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var s = self
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
