import DraftSyntax

/// Reports the body line that speaks (第六届世界电信/ICT政策论坛（2021年，日内瓦）) without its
/// final "，" (English ","). Fix: insert it, or replace a wrong final mark.
struct BodyFinalComma: Rule {
    let code = "body-final-comma"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "发言机构一行缺少结尾的“，”", en: "the body line that speaks lacks its final comma")
    var formatsSafely: Bool { true }

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        let bytes = context.bytes
        for inst in context.document.instruments {
            guard let body = inst.body else { continue }
            let want = inst.language == .zh ? "，" : ","
            let end = FinalPunctuation.contentEnd(bytes, body)
            guard end > body.start else { continue }
            let (last, lastStart) = UTF8Scan.scalar(bytes, before: end)
            if last == 0xFF0C || last == 0x2C { continue }
            let replaces = last == 0x3002 || last == 0xFF1B || last == 0x3B || last == 0x2E
            let edit = replaces ? TextEdit(range: ByteRange(lastStart, end), newText: want) : TextEdit(range: ByteRange(end, end), newText: want)
            let got = String(decoding: bytes[lastStart..<end], as: UTF8.self)
            let message = replaces
                ? Message(zh: "发言机构一行应以“\(want)”结尾，而不是“\(got)”", en: "the line naming the body that speaks ends with \"\(got)\" instead of \"\(want)\"")
                : Message(zh: "发言机构一行缺少结尾的“\(want)”", en: "the line naming the body that speaks lacks its final \"\(want)\"")
            emit(diagnostic(ByteRange(lastStart, end), message,
                            fix: Fix(title: Message(zh: "补上“\(want)”", en: "End with \"\(want)\""), edits: [edit])))
        }
    }
}
