import DraftSyntax

/// Reports a label that skips one in its sequence (a) b) d), 1 2 4) or a sequence that does not
/// start at the first label. No fix here: renumbering also rewrites references.
struct LabelGap: Rule {
    let code = "label-gap"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "段落编号有跳号", en: "item labels skip one")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        for siblings in context.labelSequences {
            var previous: ItemLabel?
            for (n, label) in siblings.enumerated() where label.variant == nil {
                // 1bis and 备选1 stand beside the sequence: they neither break nor continue it.
                defer { previous = label }
                if siblings[..<n].contains(where: { $0.key == label.key }) { continue }  // label-repeat reports it
                guard let want = Self.expected(after: previous, for: label) else { continue }
                let got = context.string(label.range)
                let msg = previous.map { p in
                    Message(zh: "编号不连续：\(context.string(p.range)) 之后应为 \(want)，而不是 \(got)",
                            en: "label out of sequence: after \(context.string(p.range)) comes \(want), not \(got)")
                } ?? Message(zh: "编号应从 \(want) 开始，而不是 \(got)", en: "labels should start at \(want), not \(got)")
                emit(diagnostic(label.range, msg))
            }
        }
    }

    /// What should come after `previous` where `label` stands, or nil when `label` does.
    /// Decimals may stand without a parent paragraph: 3, 4.1, 4.2, 5.1, 5.2, 6 is in order.
    static func expected(after previous: ItemLabel?, for label: ItemLabel) -> String? {
        guard label.style == .decimal else {
            // Letters and numbers count on from the previous label (4.2 then 5: from its first part).
            let expected: Int
            if let previous, previous.style == .decimal, label.style == .number {
                expected = (decimalParts(previous).first ?? 0) + 1
            } else {
                expected = (previous?.ordinal ?? 0) + 1
            }
            return label.ordinal == expected ? nil : label.style.written(expected)
        }
        let parts = decimalParts(label)
        let before = previous.map(decimalParts)
        let want: [Int]
        if let before, before.count == parts.count {
            let sameParent = Array(before.dropLast()) + [before.last! + 1]
            var nextParent = Array(before.dropLast())
            nextParent[nextParent.count - 1] += 1
            if parts == sameParent || parts == nextParent + [1] { return nil }
            want = sameParent
        } else if let before, before.count < parts.count {
            // 3 then 4.1: the first decimal of the next number.
            var head = before
            head[head.count - 1] += 1
            head += Array(repeating: 1, count: parts.count - before.count)
            if parts == head { return nil }
            want = head
        } else if before == nil {
            want = Array(repeating: 1, count: parts.count)
            if parts == want { return nil }
        } else {
            return nil  // 4.1.1 then 4.2: a level up, judged no further
        }
        return want.map(String.init).joined(separator: ".")
    }

    private static func decimalParts(_ label: ItemLabel) -> [Int] {
        label.style == .decimal ? label.key.split(separator: ".").compactMap { Int($0) } : [label.ordinal]
    }
}

/// The sibling label sequences of a document: each section's items, and each item's sub-items.
enum LabelSequences {
    static func of(_ doc: Document) -> [[ItemLabel]] {
        var out: [[ItemLabel]] = []
        func visit(_ items: [Item]) {
            let labels = items.compactMap(\.label)
            if !labels.isEmpty { out.append(labels) }
            for i in items where !i.children.isEmpty { visit(i.children) }
        }
        for inst in doc.instruments {
            for s in inst.sections { visit(s.items) }
        }
        return out
    }
}
