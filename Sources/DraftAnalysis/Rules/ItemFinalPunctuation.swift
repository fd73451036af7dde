import DraftSyntax

/// Reports a paragraph ending with the wrong mark. A leaf ends with "；", the last leaf of a
/// section with "，", the last of the instrument with "。", an item introducing sub-items with
/// "："(English: ; , . :). Fix: replace the mark, or insert it where there is none.
struct ItemFinalPunctuation: Rule {
    let code = "item-final-punctuation"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "段落结尾标点不符合“；，。：”规则", en: "paragraph ends with the wrong punctuation (the ；，。： rule)")
    var formatsSafely: Bool { true }

    enum Position { case inner, lastOfSection, lastOfInstrument, introducer }

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        let bytes = context.bytes
        for inst in context.document.instruments {
            let lastLeafStart = inst.sections.last?.lastLeaf?.range.start
            for section in inst.sections {
                let sectionLast = section.lastLeaf?.range.start
                for top in section.items {
                    top.walk { item, _ in
                        let position: Position
                        if !item.children.isEmpty { position = .introducer }
                        else if item.range.start == lastLeafStart { position = .lastOfInstrument }
                        else if item.range.start == sectionLast { position = .lastOfSection }
                        else { position = .inner }
                        check(item, position, section, inst.language, bytes, context, emit)
                    }
                }
            }
        }
    }

    private func expected(_ p: Position, _ lang: TextLanguage) -> String {
        switch p {
        case .inner: return lang == .zh ? "；" : ";"
        case .lastOfSection: return lang == .zh ? "，" : ","
        case .lastOfInstrument: return lang == .zh ? "。" : "."
        case .introducer: return lang == .zh ? "：" : ":"
        }
    }

    private func check(_ item: Item, _ p: Position, _ section: Section, _ lang: TextLanguage, _ bytes: [UInt8],
                       _ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        let want = expected(p, lang)
        // The reason is worded only for a finding: most paragraphs are right.
        func reason() -> Message {
            switch p {
            case .inner: return Message(zh: "段落应以“\(want)”结尾", en: "a paragraph should end with \"\(want)\"")
            case .lastOfSection: return Naming.section(section) + Message(zh: "部分的最后一段应以“\(want)”结尾", en: "'s last paragraph should end with \"\(want)\"")
            case .lastOfInstrument: return Message(zh: "全文最后一段应以“\(want)”结尾", en: "the instrument's last paragraph should end with \"\(want)\"")
            case .introducer: return Message(zh: "引出分项的段落应以“\(want)”结尾", en: "a paragraph that introduces sub-items should end with \"\(want)\"")
            }
        }
        if let mark = item.finalPunctuation {
            guard UTF8Scan.scalar(bytes, at: mark.start).value != want.unicodeScalars.first!.value else { return }
            let got = context.string(mark)
            // ";" where "；" belongs is the half-width rules' finding (one for the file when the
            // whole text went half-width): the structure is read through it.
            if lang == .zh, HalfwidthPunctuation.fullWidth[bytes[mark.start]] == want,
               context.halfWidthMarkStarts.contains(mark.start) { return }
            emit(diagnostic(mark, reason() + Message(zh: "，而不是“\(got)”", en: ", not \"\(got)\""),
                            fix: Fix(title: Message(zh: "改为“\(want)”", en: "Replace with \"\(want)\""), edits: [TextEdit(range: mark, newText: want)])))
        } else {
            let end = FinalPunctuation.contentEnd(bytes, item.textRange)
            guard end > item.textRange.start else { return }
            let (_, lastStart) = UTF8Scan.scalar(bytes, before: end)
            emit(diagnostic(ByteRange(lastStart, end), reason() + Message(zh: "（缺少结尾标点）", en: " (it has no final punctuation)"),
                            fix: Fix(title: Message(zh: "补上“\(want)”", en: "Insert \"\(want)\""), edits: [TextEdit(range: ByteRange(end, end), newText: want)])))
        }
    }
}
