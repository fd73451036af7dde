import DraftSyntax

/// Reports a label that skips one in its sequence (a) b) d), 1 2 4) or a sequence that does not
/// start at the first label. No fix here: renumbering also rewrites references.
struct LabelGap: Rule {
    let code = "label-gap"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "段落编号有跳号", en: "item labels skip one")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        LabelSequences.forEach(context.document) { siblings in
            var previous: ItemLabel?
            for (n, label) in siblings.enumerated() {
                defer { previous = label }
                if siblings[..<n].contains(where: { $0.key == label.key }) { continue }  // label-repeat reports it
                let expected = (previous?.ordinal ?? 0) + 1
                if label.ordinal == expected { continue }
                let want = label.style.written(expected)
                let got = context.string(label.range)
                let msg = previous.map { p in
                    Message(zh: "编号不连续：\(context.string(p.range)) 之后应为 \(want)，而不是 \(got)",
                            en: "label out of sequence: after \(context.string(p.range)) comes \(want), not \(got)")
                } ?? Message(zh: "编号应从 \(want) 开始，而不是 \(got)", en: "labels should start at \(want), not \(got)")
                emit(diagnostic(label.range, msg))
            }
        }
    }
}

/// The sibling label sequences of a document: each section's items, and each item's sub-items.
enum LabelSequences {
    static func forEach(_ doc: Document, _ body: ([ItemLabel]) -> Void) {
        func visit(_ items: [Item]) {
            let labels = items.compactMap(\.label)
            if !labels.isEmpty { body(labels) }
            for i in items where !i.children.isEmpty { visit(i.children) }
        }
        for inst in doc.instruments {
            for s in inst.sections { visit(s.items) }
        }
    }
}
