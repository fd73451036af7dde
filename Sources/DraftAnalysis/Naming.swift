import DraftSyntax

/// How messages name things, in each language.
enum Naming {
    /// “认为”（is of the view） / "认为" (is of the view)
    static func section(_ s: Section) -> Message {
        let gloss = s.heading.entry.gloss
        if gloss.isEmpty { return Message(zh: "“\(s.heading.keyword)”", en: "\"\(s.heading.keyword)\"") }
        return Message(zh: "“\(s.heading.keyword)”（\(gloss)）", en: "\"\(s.heading.keyword)\" (\(gloss))")
    }

    static func keyword(_ k: String) -> Message {
        let gloss = Lexicon.entry(forKeyword: k)?.gloss ?? ""
        return gloss.isEmpty ? Message(zh: "“\(k)”", en: "\"\(k)\"")
            : Message(zh: "“\(k)”（\(gloss)）", en: "\"\(k)\" (\(gloss))")
    }

    /// A label path as drafters write it: 3, b), 3 b), g) ii).
    static func path(_ path: [String]) -> String {
        path.map { $0.first!.isNumber ? $0 : "\($0))" }.joined(separator: " ")
    }

    static func quoted(_ s: String) -> Message { Message(zh: "“\(s)”", en: "\"\(s)\"") }
}

extension Message {
    static func + (a: Message, b: Message) -> Message { Message(zh: a.zh + b.zh, en: a.en + b.en) }
    static func + (a: Message, b: String) -> Message { Message(zh: a.zh + b, en: a.en + b) }
    static func + (a: String, b: Message) -> Message { Message(zh: a + b.zh, en: a + b.en) }
}
