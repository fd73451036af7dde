import DraftSyntax

/// Reports a section labelled against convention: letters in an operative section (认为 a)),
/// numbers in a preamble section. Once per section, on its first such label. No fix.
struct LabelStyleMismatch: Rule {
    let code = "label-style"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "编号方式与部分类型不符（执行部分用数字，序言部分用字母）",
                          en: "label style does not fit the section (numbers in operative, letters in preamble sections)")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        for inst in context.document.instruments {
            for s in inst.sections {
                let wrong: LabelStyle = s.role == .operative ? .letter : .number
                guard let first = s.items.lazy.compactMap(\.label).first(where: { $0.style == wrong }) else { continue }
                let msg = s.role == .operative
                    ? Message(zh: "执行部分", en: "operative section ") + Naming.section(s)
                        + Message(zh: "的段落按惯例用数字编号（1、2、3），而不是字母", en: " is lettered, but operative paragraphs are numbered 1, 2, 3 by convention")
                    : Message(zh: "序言部分", en: "preamble section ") + Naming.section(s)
                        + Message(zh: "的段落按惯例用字母编号（a)、b)、c)），而不是数字", en: " is numbered, but preamble paragraphs are lettered a), b), c) by convention")
                emit(diagnostic(first.range, msg))
            }
        }
    }
}
