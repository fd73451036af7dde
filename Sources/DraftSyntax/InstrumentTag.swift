/// The session line under a title: a Council tag (（C-1948，最后修正 C-1976）, （C-2002/EX）) or an
/// assembly's revision years (（1993-2000-2012年）, (1993-2000-2012)). What hover tells of it.
public struct InstrumentTag: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Adopted by the Council in `year` (an extraordinary session when `extraordinary`), last amended in `amended`.
        case council(year: Int, extraordinary: Bool, amended: Int?)
        /// Adopted, then revised, in these years.
        case revisions([Int])
    }

    public let range: ByteRange
    public let kind: Kind

    /// "Council 1948, last amended 1976" / "理事会1948年会议通过，1976年会议最后修正".
    public func describe(chinese: Bool) -> String {
        switch kind {
        case .council(let year, let ex, let amended):
            let session = chinese ? "理事会\(year)年\(ex ? "特别" : "")会议" : "Council \(year)\(ex ? " (extraordinary session)" : "")"
            guard let amended else { return chinese ? session + "通过" : session }
            return chinese ? "\(session)通过，\(amended)年会议最后修正" : "\(session), last amended \(amended)"
        case .revisions(let years):
            guard let first = years.first else { return "" }
            let later = years.dropFirst().map(String.init)
            if chinese { return "\(first)年通过" + (later.isEmpty ? "" : "，\(later.joined(separator: "、"))年修订") }
            return "adopted \(first)" + (later.isEmpty ? "" : ", revised \(later.joined(separator: ", "))")
        }
    }

    /// Reads `line` (one line of a title block, its parentheses included).
    public static func parse(_ line: String, range: ByteRange) -> InstrumentTag? {
        var s = Substring(line)
        guard let open = s.first, let close = s.last, (open == "（" && close == "）") || (open == "(" && close == ")") else { return nil }
        s = s.dropFirst().dropLast()
        if let council = councilTag(s) { return InstrumentTag(range: range, kind: council) }
        var body = s
        if body.hasSuffix("年") { body = body.dropLast() }
        let years = body.split(separator: "-").map { Int($0) }
        guard years.count >= 1, years.allSatisfy({ $0 != nil && $0! > 1860 && $0! < 2200 }), body.contains("-") || years.count == 1 && s.hasSuffix("年") else { return nil }
        return InstrumentTag(range: range, kind: .revisions(years.map { $0! }))
    }

    /// C-1948，最后修正 C-1976 / C-2002/EX / C-98 / C-1948, last amended C-1976.
    private static func councilTag(_ s: Substring) -> Kind? {
        func session(_ t: Substring) -> (Int, Bool)? {
            var t = t.drop { $0 == " " }
            guard t.hasPrefix("C-") || t.hasPrefix("C‑") else { return nil }
            t = t.dropFirst(2)
            let digits = t.prefix { $0.isASCII && $0.isNumber }
            guard digits.count == 2 || digits.count == 4, var year = Int(digits) else { return nil }
            if digits.count == 2 { year += year > 50 ? 1900 : 2000 }
            let rest = t.dropFirst(digits.count)
            guard rest.isEmpty || rest == "/EX" else { return nil }
            return (year, rest == "/EX")
        }
        let parts = s.split(whereSeparator: { $0 == "，" || $0 == "," }).map { $0.drop { $0 == " " } }
        guard let first = parts.first, let (year, ex) = session(first) else { return nil }
        guard parts.count > 1 else { return .council(year: year, extraordinary: ex, amended: nil) }
        var amendment = parts[1]
        for word in ["最后修正", "最后修订", "修正", "last amended", "amended"] where amendment.hasPrefix(word) {
            amendment = amendment.dropFirst(word.count)
            break
        }
        guard parts.count == 2, let (amended, _) = session(amendment) else { return nil }
        return .council(year: year, extraordinary: ex, amended: amended)
    }
}
