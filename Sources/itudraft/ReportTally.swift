import DraftAnalysis
import DraftSyntax

/// What a check's report counts as its files go by: the summary line, `--statistics` and the exit
/// status are drawn from these counts, so the report never needs every file's findings at once.
struct ReportTally {
    private(set) var files = 0
    private(set) var withFindings = 0
    private(set) var fixable = 0
    private(set) var bySeverity: [Severity: Int] = [:]
    /// Per rule: how many findings, and whether --fix repairs them.
    private(set) var byCode: [String: (n: Int, fixable: Bool)] = [:]
    /// The most severe finding shown.
    private(set) var worst: Severity?

    mutating func add(_ f: CheckedFile) {
        files += 1
        if !f.diagnostics.isEmpty { withFindings += 1 }
        for d in f.diagnostics {
            bySeverity[d.severity, default: 0] += 1
            let canFix = TextReport.fixable(d)
            if canFix { fixable += 1 }
            byCode[d.code, default: (0, canFix)].n += 1
            if worst.map({ d.severity > $0 }) ?? true { worst = d.severity }
        }
    }

    /// 1 when a finding at or above --fail-on was shown, else 0.
    func exitStatus(failOn threshold: Severity?) -> Int32 {
        guard let threshold, let worst, worst >= threshold else { return 0 }
        return 1
    }

    /// The last line of a text report, on standard error.
    func summary(language: TextLanguage) -> String {
        let total = bySeverity.values.reduce(0, +)
        if language == .zh {
            if total == 0 { return "已检查 \(files) 个文件，未发现问题。\n" }
            let parts = Severity.allCases.compactMap { s in bySeverity[s].map { "\(OutputFormats.zhName(s)) \($0)" } }
            return "已检查 \(files) 个文件，\(withFindings) 个文件中发现 \(total) 个问题（\(parts.joined(separator: "，"))）。\n"
                + (fixable > 0 ? "其中 \(fixable) 个可用 --fix 修正（标有 [*]）。\n" : "")
        }
        if total == 0 { return "Checked \(files) file\(files == 1 ? "" : "s"): no problems found.\n" }
        let parts = Severity.allCases.compactMap { s in bySeverity[s].map { "\($0) \(s.rawValue)\($0 == 1 || s == .information ? "" : "s")" } }
        return "Checked \(files) file\(files == 1 ? "" : "s"): \(total) problem\(total == 1 ? "" : "s") in \(withFindings) file\(withFindings == 1 ? "" : "s") (\(parts.joined(separator: ", "))).\n"
            + (fixable > 0 ? "\(fixable) fixable with --fix (marked [*]).\n" : "")
    }

    /// Findings counted per rule, most first: `--statistics`.
    func statistics() -> String {
        let rows = byCode.sorted { $0.value.n != $1.value.n ? $0.value.n > $1.value.n : $0.key < $1.key }
        let width = rows.map { String($0.value.n).count }.max() ?? 1
        return rows.map { code, v in
            let n = String(v.n)
            return String(repeating: " ", count: width - n.count) + n + "  " + code + (v.fixable ? "  [*]" : "")
        }.joined(separator: "\n") + (rows.isEmpty ? "" : "\n")
    }
}
