import DraftSyntax

/// A paragraph as one line of text, for what shows it (outline, hover, completion, inlay hints):
/// the lines of a wrapped paragraph joined with a space, and a word a PDF copy hyphenated across
/// two lines (recom- / mendations) made whole again. Chinese lines join without a space.
/// Scalars, not Characters: the outline of a 10 MB draft joins thousands of paragraphs, and
/// grapheme breaking and Character comparison were most of its time.
public enum ParagraphText {
    public static func joined(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar?, beforeLast: Unicode.Scalar?
        for raw in text.unicodeScalars.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            var line = raw[...]
            while let f = line.first, isBlank(f) { line = line.dropFirst() }
            while let l = line.last, isBlank(l) { line = line.dropLast() }
            guard let first = line.first else { continue }
            if let l = last {
                if l == "-", beforeLast?.properties.isAlphabetic == true {
                    if first.properties.isLowercase { out.removeLast() }  // recom- + mendations; ITU- + T keeps its hyphen
                } else if !(isIdeographic(l) && isIdeographic(first)) {
                    out.append(" ")
                }
            }
            let end = line.index(before: line.endIndex)
            beforeLast = end > line.startIndex ? line[line.index(before: end)] : out.last
            out.append(contentsOf: line)
            last = line[end]
        }
        return String(out)
    }

    private static func isBlank(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\u{3000}" }

    private static func isIdeographic(_ s: Unicode.Scalar) -> Bool { CharClass.isHan(s.value) || CharClass.isFullWidthPunctuation(s.value) }
}
