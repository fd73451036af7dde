import DraftAnalysis
import DraftSyntax
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `check`'s text output, as ruff or rustc print theirs: the finding's line, then the source line
/// with the span underlined and the fix in words; `[*]` marks what `--fix` repairs. Colours only
/// where asked for, or on a terminal that accepts them. `concise` is one line a finding.
struct TextReport {
    enum Color: String { case auto, always, never }

    let language: TextLanguage
    let concise: Bool
    let colored: Bool

    /// Whether to colour: `always`, or `auto` on a terminal with no NO_COLOR and a TERM that is not dumb.
    static func wantsColor(_ choice: Color, environment: [String: String], fd: Int32 = 1) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            if environment["NO_COLOR"].map({ !$0.isEmpty }) == true || environment["TERM"] == "dumb" { return false }
            return isatty(fd) == 1
        }
    }

    /// Whether `--fix` repairs the finding: a certain fix of a rule that never changes words.
    static func fixable(_ d: Diagnostic) -> Bool {
        d.fix != nil && RuleRegistry.rule(d.code)?.formatsSafely == true
    }

    /// A long draft's findings are rendered on every core (each stands alone): 2,450 of them took 16 ms on one.
    func render(_ f: CheckedFile) -> String {
        let reported = f.reported
        return orderedMap(reported.count, parallel: f.text.bytes.count >= parallelScanFrom) {
            render(reported[$0].0, suppressed: reported[$0].suppressed, in: f)
        }.joined()
    }

    /// `count` copies of an ASCII character, written at once (String(repeating:count:) appends
    /// them one by one: a third of rendering a finding).
    static func repeated(_ c: Unicode.Scalar, _ count: Int) -> String {
        let n = max(0, count)
        return String(unsafeUninitializedCapacity: n) { buffer in
            UnsafeMutableBufferPointer(rebasing: buffer[..<n]).initialize(repeating: UInt8(ascii: c))
            return n
        }
    }

    private func paint(_ s: String, _ code: String) -> String { colored ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

    private func severityColor(_ s: Severity) -> String {
        switch s {
        case .error: return "1;31"
        case .warning: return "1;33"
        case .information: return "1;34"
        case .hint: return "1;36"
        }
    }

    func render(_ d: Diagnostic, suppressed: Bool, in f: CheckedFile) -> String {
        let p = Place(d.range.start, f.text, f.word)
        let mark = suppressed ? (language == .zh ? "（已抑制）" : " (suppressed)") : ""
        let message = d.message.text(language) + wordPlace(d, p, f)
        if concise {
            return "\(f.path):\(p.line):\(p.column): \(d.severity.rawValue)[\(d.code)]\(mark) \(message)\n"
        }
        let color = severityColor(d.severity)
        let fixable = Self.fixable(d) && !suppressed
        var out = paint("\(f.path):\(p.line):\(p.column):", "1") + " " + paint("\(d.severity.rawValue)[\(d.code)]", color) + mark
            + (fixable ? " " + paint("[*]", "1;32") : "") + " " + message + "\n"
        // The source line, tabs as spaces, the span underlined in display columns (an ideograph is
        // two); a long line is shown around the span only.
        let full = f.text.lines.contentRange(ofLine: p.textLine)
        let spanStart = min(max(d.range.start, full.start), full.end)
        let spanEnd = max(spanStart, min(d.range.end, full.end))
        let window = Self.window(f.text, line: full, span: ByteRange(spanStart, spanEnd))
        let line = (window.start > full.start ? "…" : "") + f.text.string(window).replacingTabs + (window.end < full.end ? "…" : "")
        let before = (window.start > full.start ? 1 : 0) + Self.width(f.text.string(ByteRange(window.start, spanStart)).replacingTabs)
        let span = max(1, Self.width(f.text.string(ByteRange(spanStart, min(spanEnd, window.end))).replacingTabs))
        let gutter = Self.repeated(" ", String(p.line).count)
        out.reserveCapacity(out.utf8.count + 2 * line.utf8.count + before + span + 64)
        out += paint("\(gutter) |", "1;34")
        out += "\n"
        out += paint("\(p.line) |", "1;34")
        out += " "
        out += line
        out += "\n"
        out += paint("\(gutter) |", "1;34")
        out += " "
        out += Self.repeated(" ", before)
        out += paint(Self.repeated("^", span), color)
        out += "\n"
        if let fix = d.fix {
            let word = language == .zh ? "修正" : "fix"
            out += paint("\(gutter) =", "1;34") + " \(word): \(fix.title.text(language))" + (fixable ? (language == .zh ? "（--fix 可修正）" : " (--fix applies it)") : "") + "\n"
        }
        return out + "\n"
    }

    /// In a Word draft, where to look: the paragraph's first words, the footnote, inserted text.
    func wordPlace(_ d: Diagnostic, _ p: Place, _ f: CheckedFile) -> String {
        guard let word = f.word, let origin = word.lines[safe: p.textLine] else { return "" }
        let zh = language == .zh
        var out = ""
        if let paragraph = origin.paragraph { out += zh ? "（第 \(paragraph) 段“\(origin.firstWords)”" : " (paragraph \(paragraph) “\(origin.firstWords)”" }
        else if let note = origin.footnote { out += zh ? "（脚注 \(note)" : " (footnote \(note)" }
        else { return "" }
        if word.isInserted(d.range) { out += zh ? "，位于修订插入的文字中" : ", in inserted text" }
        return out + (zh ? "）" : ")")
    }

    /// The part of `line` shown for `span`: all of it when short, else about 40 characters before the
    /// span and 80 from its start, on character boundaries.
    static func window(_ text: SourceText, line: ByteRange, span: ByteRange) -> ByteRange {
        guard line.count > 360 else { return line }
        var start = span.start
        for _ in 0..<40 where start > line.start { start = UTF8Scan.scalar(text.bytes, before: start).start }
        var end = span.start
        for _ in 0..<80 where end < line.end { end += max(1, UTF8Scan.scalar(text.bytes, at: end).length) }
        return ByteRange(start, min(end, line.end))
    }

    /// Display columns of `s` in a terminal: East Asian wide and full-width characters take two.
    static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + (isWide($1.value) ? 2 : 1) }
    }

    static func isWide(_ c: UInt32) -> Bool {
        (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) || (c >= 0xAC00 && c <= 0xD7A3)
            || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
            || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x20000 && c <= 0x3FFFD)
    }
}

extension String {
    /// Tabs as four spaces; a line without one (most) is itself, not rebuilt scalar by scalar.
    var replacingTabs: String { utf8.contains(0x09) ? replacingAll("\t", "    ") : self }
}

/// `--format github`: workflow commands, so that a GitHub Actions run annotates the lines.
enum GitHubFormat {
    static func render(_ f: CheckedFile, language: TextLanguage) -> String {
        f.diagnostics.reduce(into: "") { out, d in
            let start = Place(d.range.start, f.text, f.word), end = Place(d.range.end, f.text, f.word)
            let level = d.severity == .error ? "error" : d.severity == .warning ? "warning" : "notice"
            let props = "file=\(property(f.path)),line=\(start.line),col=\(start.column),endLine=\(end.line),endColumn=\(end.column),title=\(property("itudraft (\(d.code))"))"
            out += "::\(level) \(props)::\(data(d.message.text(language)))\n"
        }
    }

    /// Escapes as the runner reads them: % CR LF in the message; also : and , in properties.
    static func data(_ s: String) -> String {
        s.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
    }

    static func property(_ s: String) -> String { data(s).replacingAll(":", "%3A").replacingAll(",", "%2C") }
}

extension String {
    func replacingAll(_ a: String, _ b: String) -> String { split(separator: a, omittingEmptySubsequences: false).joined(separator: b) }
}
