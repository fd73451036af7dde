import DraftSyntax

/// A paragraph as one line of text, for what shows it (outline, hover, completion, inlay hints):
/// the lines of a wrapped paragraph joined with a space, and a word a PDF copy hyphenated across
/// two lines (recom- / mendations) made whole again. Chinese lines join without a space.
public enum ParagraphText {
    public static func joined(_ text: String) -> String {
        var out = ""
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map({ $0.trimmingCharacters() }) where !line.isEmpty {
            guard let last = out.last, let first = line.first else { out += line; continue }
            if last == "-", out.dropLast().last?.isLetter == true {
                if first.isLowercase { out.removeLast() }  // recom- + mendations; ITU- + T keeps its hyphen
            } else if !(isIdeographic(last) && isIdeographic(first)) {
                out += " "
            }
            out += line
        }
        return out
    }

    private static func isIdeographic(_ c: Character) -> Bool { c.unicodeScalars.first.map { CharClass.isHan($0.value) || CharClass.isFullWidthPunctuation($0.value) } ?? false }
}
