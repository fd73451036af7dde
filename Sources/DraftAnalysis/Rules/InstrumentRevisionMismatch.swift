import DraftSyntax

/// Reports an instrument whose title and body line name different sessions:
/// 第71号决议（2018年，迪拜，修订版） over 国际电信联盟全权代表大会（2014年，釜山）， (a body line copied
/// from the previous revision). No fix: which of the two is right cannot be known.
struct InstrumentRevisionMismatch: Rule {
    let code = "instrument-revision-mismatch"
    let defaultSeverity = Severity.error
    let summary = Message(zh: "文书标题与发言机构一行的会议年份或地点不一致", en: "the title and the body line name different sessions")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        let bytes = context.bytes
        // Instruments of one session write the same parentheses: each is read once.
        var read: [ArraySlice<UInt8>: Revision?] = [:]
        func parse(_ inside: ByteRange) -> Revision? {
            let key = bytes[inside.start..<inside.end]
            if let known = read[key] { return known }
            let r = Revision(parsing: String(decoding: key, as: UTF8.self))
            read[key] = r
            return r
        }
        for inst in context.document.instruments {
            guard let body = inst.body, let inTitle = Self.titleParenthesis(bytes, inst.titleLines[0]), let title = parse(inTitle),
                  let (range, inBody) = Self.lastParenthesis(bytes, body), let spoken = parse(inBody),
                  let ty = title.year, let tp = title.place, let by = spoken.year, let bp = spoken.place else { continue }
            let register = context.catalog.conferences
            let tc = register.canonicalPlace(tp), bc = register.canonicalPlace(bp)
            guard ty != by || tc != bc else { continue }
            emit(diagnostic(range, Message(zh: "发言机构一行为\(by)年，\(bp)，而标题为\(ty)年，\(tp)", en: "the body line says \(bc), \(by); the title says \(tc), \(ty)"),
                            related: [RelatedInformation(range: inst.titleLines[0], message: Message(zh: "标题", en: "the title"))]))
        }
    }

    /// Inside the title's parentheses, from the first opening to the last closing one:
    /// 第71号决议（2018年，迪拜，修订版）, RESOLUTION 71 (REV. DUBAI, 2018).
    static func titleParenthesis(_ bytes: [UInt8], _ line: ByteRange) -> ByteRange? {
        var open: Int?
        var i = line.start
        while i < line.end, open == nil {
            if let len = Parentheses.opening(bytes, at: i) { open = i + len } else { i += 1 }
        }
        guard let start = open, let (close, _) = Parentheses.lastClosing(bytes, in: ByteRange(start, line.end)) else { return nil }
        return ByteRange(start, close)
    }

    /// The body line's last parenthetical, marks included, and inside them.
    static func lastParenthesis(_ bytes: [UInt8], _ line: ByteRange) -> (ByteRange, ByteRange)? {
        guard let (close, end) = Parentheses.lastClosing(bytes, in: line),
              let open = Parentheses.lastOpening(bytes, in: ByteRange(line.start, close)), let len = Parentheses.opening(bytes, at: open) else { return nil }
        return (ByteRange(open, end), ByteRange(open + len, close))
    }
}
