import DraftSyntax

/// Reports an instrument whose title and body line name different sessions:
/// 第71号决议（2018年，迪拜，修订版） over 国际电信联盟全权代表大会（2014年，釜山）， (a body line copied
/// from the previous revision). No fix: which of the two is right cannot be known.
struct InstrumentRevisionMismatch: Rule {
    let code = "instrument-revision-mismatch"
    let defaultSeverity = Severity.error
    let summary = Message(zh: "文书标题与发言机构一行的会议年份或地点不一致", en: "the title and the body line name different sessions")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        // Instruments of one session write the same parentheses: each is read once.
        var read: [Substring: Revision?] = [:]
        let parse = { (inside: Substring) -> Revision? in
            if let known = read[inside] { return known }
            let r = Revision(parsing: String(inside))
            read[inside] = r
            return r
        }
        for inst in context.document.instruments {
            guard let body = inst.body, let title = Self.revision(context.string(inst.titleLines[0]), parse),
                  let (spoken, range) = Self.lastRevision(context.string(body), at: body.start, parse),
                  let ty = title.year, let tp = title.place, let by = spoken.year, let bp = spoken.place else { continue }
            let register = context.catalog.conferences
            let tc = register.canonicalPlace(tp), bc = register.canonicalPlace(bp)
            guard ty != by || tc != bc else { continue }
            emit(diagnostic(range, Message(zh: "发言机构一行为\(by)年，\(bp)，而标题为\(ty)年，\(tp)", en: "the body line says \(bc), \(by); the title says \(tc), \(ty)"),
                            related: [RelatedInformation(range: inst.titleLines[0], message: Message(zh: "标题", en: "the title"))]))
        }
    }

    /// The revision in the title's parentheses: 第71号决议（2018年，迪拜，修订版）, RESOLUTION 71 (REV. DUBAI, 2018).
    static func revision(_ s: String, _ parse: (Substring) -> Revision?) -> Revision? {
        guard let open = s.firstIndex(where: { $0 == "（" || $0 == "(" }), let close = s.lastIndex(where: { $0 == "）" || $0 == ")" }), open < close else { return nil }
        return parse(s[s.index(after: open)..<close])
    }

    /// The last parenthetical of the body line, read as a revision, and where it is.
    static func lastRevision(_ s: String, at start: Int, _ parse: (Substring) -> Revision?) -> (Revision, ByteRange)? {
        guard let close = s.lastIndex(where: { $0 == "）" || $0 == ")" }), let open = s[..<close].lastIndex(where: { $0 == "（" || $0 == "(" }),
              let r = parse(s[s.index(after: open)..<close]) else { return nil }
        let from = start + s[..<open].utf8.count
        return (r, ByteRange(from, start + s[...close].utf8.count))
    }
}
