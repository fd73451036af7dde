import DraftSyntax

/// Reports, once for the file, Chinese text whose punctuation is mostly half-width (，；：（）
/// turned into , ; : ( ) by a tool), where `halfwidth-punctuation` would report every mark.
/// Fix: every one of them made full-width at once (item labels' ")" are not text and stay).
struct HalfwidthPunctuationFile: Rule {
    let code = "halfwidth-punctuation-file"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "文件中的中文标点大多为半角", en: "most of the file's Chinese punctuation is half-width")
    var formatsSafely: Bool { true }
    var scope: RuleScope { .document }
    var readsBlockFindings: Bool { true }
    /// Below this, a few stray marks are reported one by one.
    static let minimumMarks = 5

    var supersedes: [String] { [HalfwidthPunctuation().code] }

    /// The Chinese paragraphs are gathered while the block rules run (3 ms of 10 MB on one core).
    func prepare(_ context: RuleContext) { _ = context.chineseParagraphs }

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        // The marks the block rule found (kept blocks' too), else the file's own scan.
        let code = HalfwidthPunctuation().code
        let marks = context.blockRulesRun.contains(code) ? context.blockFindings.filter { $0.code == code }.sorted { $0.range < $1.range } : context.halfWidthMarks
        guard marks.count >= Self.minimumMarks, marks.count > fullWidthCount(context, limit: marks.count), let first = marks.first else { return }
        let edits = marks.flatMap { $0.fix?.edits ?? [] }
        emit(diagnostic(first.range,
                        Message(zh: "文件中的中文标点大多为半角（共 \(marks.count) 处），应使用全角标点", en: "most of the Chinese punctuation in this file is half-width (\(marks.count) marks): Chinese uses full-width marks"),
                        fix: Fix(title: Message(zh: "将 \(marks.count) 处半角标点全部改为全角", en: "Make all \(marks.count) marks full-width"), edits: edits)))
    }

    /// The full-width marks of the Chinese text, counted up to `limit`: the instruments' paragraphs
    /// first, the free text (whose lines are sorted out one by one) only when they fall short.
    private func fullWidthCount(_ context: RuleContext, limit: Int) -> Int {
        let inParagraphs = HalfwidthPunctuation.fullWidthCount(context.bytes, in: context.chineseParagraphs, limit: limit)
        guard inParagraphs < limit else { return inParagraphs }
        return inParagraphs + HalfwidthPunctuation.fullWidthCount(context.bytes, in: context.chineseFreeText, limit: limit - inParagraphs)
    }
}
