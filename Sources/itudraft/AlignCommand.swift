import DraftAnalysis
import DraftSyntax
import FoundationEssentials

/// `itudraft align A B`: two language versions side by side, paragraph by paragraph, each row
/// marked with the version-* findings on it.
enum AlignCommand {
    static let usage = "usage: itudraft align A B [--format text|json] [--width N]   (N: columns of text output, default 100)\n"

    static func run(_ args: [String]) -> Int32 {
        let a: Arguments
        do {
            a = try Arguments(args, valued: ["--format", "--width"], switches: ["--help", "-h"])
        } catch {
            FileIO.writeStderr("itudraft align: \(error)\n" + usage)
            return 2
        }
        if a.has("--help") || a.has("-h") { FileIO.writeStdout(usage); return 0 }
        let format = a.value("--format") ?? "text"
        guard a.positional.count == 2, format == "text" || format == "json", let width = Int(a.value("--width") ?? "100"), width >= 40 else {
            FileIO.writeStderr("itudraft align: two files, --format text or json, --width of 40 or more\n" + usage)
            return 2
        }
        var workspace: WorkspaceIndex
        do {
            let summaries = try a.positional.map { path in FileSummary(key: path, document: Document(SourceText(bytes: try FileIO.read(path)))) }
            workspace = WorkspaceIndex(summaries)
        } catch {
            FileIO.writeStderr("itudraft: \(error)\n")
            return 2
        }
        workspace.pair(a.positional[0], a.positional[1])
        guard let alignment = VersionAlignment.of(workspace, first: a.positional[0]) else {
            FileIO.writeStderr("itudraft align: \(a.positional[0]) and \(a.positional[1]) hold no instruments in two languages to align\n")
            return 2
        }
        FileIO.writeStdout(format == "json" ? json(alignment) : text(alignment, width: width))
        return alignment.rows.contains { !$0.findings.isEmpty } ? 1 : 0
    }

    static func text(_ alignment: VersionAlignment, width: Int) -> String {
        let column = (width - 9) / 2
        var out = ""
        for row in alignment.rows {
            let left = wrap(row.mine ?? "—", column), right = wrap(row.theirs ?? "—", column)
            let mark = row.findings.isEmpty ? " " : "!"
            let label = row.label.map { $0.count < 5 ? $0 + String(repeating: " ", count: 5 - $0.count) : String($0.prefix(5)) } ?? (row.section == "title" ? "#    " : "§    ")
            for i in 0..<max(left.count, right.count) {
                let l = i < left.count ? left[i] : ""
                let pad = String(repeating: " ", count: max(0, column - TextReport.width(l)))
                out += (i == 0 ? mark + " " + label : "       ") + l + pad + " │ " + (i < right.count ? right[i] : "") + "\n"
            }
            if !row.findings.isEmpty { out += "       ↳ " + row.findings.joined(separator: ", ") + "\n" }
        }
        return out
    }

    /// `s` cut into lines of at most `width` display columns (an ideograph takes two), English
    /// at its last space.
    static func wrap(_ s: String, _ width: Int) -> [String] {
        var lines: [String] = [], line = ""
        for c in s.replacingTabs {
            if TextReport.width(line + String(c)) > width && !line.isEmpty {
                if c != " ", let space = line.lastIndex(of: " "), line.distance(from: space, to: line.endIndex) < width / 2 {
                    lines.append(String(line[..<space]))
                    line = String(line[line.index(after: space)...])
                } else {
                    lines.append(line)
                    line = ""
                }
                if c == " " { continue }
            }
            line.append(c)
        }
        return lines + [line]
    }

    static func json(_ alignment: VersionAlignment) -> String {
        struct Row: Encodable { let section: String; let label: String?; let first: String?; let second: String?; let findings: [String] }
        struct Output: Encodable { let version = 1; let rows: [Row] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let rows = alignment.rows.map { Row(section: $0.section, label: $0.label, first: $0.mine, second: $0.theirs, findings: $0.findings) }
        // Encoding plain strings and numbers cannot fail.
        return String(decoding: (try? encoder.encode(Output(rows: rows))) ?? Data(), as: UTF8.self) + "\n"
    }
}
