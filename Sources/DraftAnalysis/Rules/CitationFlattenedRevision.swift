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
        for c in context.document.citations {
            // （年，迪拜，修订版）: no revision could be read, so the parenthesis follows the citation.
            var k = c.range.end
            if k < bytes.count && bytes[k] == 0x20 { k += 1 }
            if let open = [Self.openYear, Self.openYearHalf].first(where: { UTF8Scan.hasBytes(bytes, $0, at: k) }) {
                emit(diagnostic(ByteRange(c.range.start, k + open.count), Message(zh: "引文版本缺少年份（“年”前没有数字）", en: "the revision has no year (nothing before 年)")))
                continue
            }
            // A revision whose place the register knows is whole: most citations stop here.
            if let place = c.revision?.place, c.revision?.year != nil, register.isKnownPlace(place) { continue }
            // The revision is the parenthesis that closes the citation, not one inside its title.
            guard c.range.end > c.range.start, bytes[c.range.end - 1] == UInt8(ascii: ")") || bytes[c.range.end - 1] == 0x89 else { continue }
            let text = context.string(c.range)
            guard text.last == "）" || text.last == ")", let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }) else { continue }
            let inside = text[text.index(after: open)...].trimmingCharacters(in: "）)")
            let parts = inside.split(whereSeparator: { $0 == "，" || $0 == "," || $0 == "、" }).map { $0.trimmingCharacters() }
            if parts.first == "年" || inside.hasPrefix("年") {
                emit(diagnostic(c.range, Message(zh: "引文版本缺少年份（“年”前没有数字）", en: "the revision has no year (nothing before 年)")))
                continue
            }
            for part in parts where !register.isKnownPlace(part) {
                if let (a, b) = Self.twoPlaces(part, register) {
                    emit(diagnostic(c.range, Message(zh: "引文版本中两个地点连在一起：“\(a)”和“\(b)”", en: "two places run together in the revision: \(a) and \(b)")))
                    break
                }
            }
        }
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
