import FoundationEssentials

/// Drafts that differ as real ones do, made from one seed: file `i` cites other instrument numbers
/// (第N号 shifted by i mod 97), has its own opinion numbers (意见N shifted by i) and, in one file
/// in five, a changed inline title, so that identities, titles and editions vary across the folder.
enum DistinctDrafts {
    static func draft(from seed: String, index i: Int) -> String {
        var text = shiftNumbers(seed, after: "第", before: "号", by: i % 97)
        text = shiftNumbers(text, after: "意见", before: "", by: i)
        if i % 5 == 0 { text = text.replacing("战略规划", with: "战略计划") }
        return text
    }

    /// Adds `k` to every number written between `after` and `before` (`before` empty: any end).
    static func shiftNumbers(_ text: String, after: String, before: String, by k: Int) -> String {
        var out = ""
        var rest = Substring(text)
        while let r = rest.firstRange(of: after) {
            out += rest[..<r.upperBound]
            rest = rest[r.upperBound...]
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            if let n = Int(digits), rest.dropFirst(digits.count).hasPrefix(before) {
                out += String(n + k)
                rest = rest.dropFirst(digits.count)
            }
        }
        return out + rest
    }
}
