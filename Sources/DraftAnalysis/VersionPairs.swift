import DraftSyntax

/// The pairs of language versions a file takes part in: each of its instruments with the first
/// version in the other language the workspace holds (意见4 ↔ Opinion 4, 第71号决议 ↔ Resolution 71).
enum VersionPairs {
    struct Pair {
        let mine: VersionSummary
        let other: VersionSummary
        let otherFile: FileSummary
        let file: FileSummary

        /// Where a counterpart lies, for related information: its own file when not this one.
        func related(_ range: ByteRange, _ message: Message) -> RelatedInformation {
            RelatedInformation(range: range, message: message, file: otherFile.key == file.key ? nil : otherFile.key)
        }

        var otherName: Message { other.language == .en ? Message(zh: "英文本", en: "the English version") : Message(zh: "中文本", en: "the Chinese version") }

        /// Sections of both versions with the same key, the n-th with the n-th.
        var sections: [(VersionSummary.Section, VersionSummary.Section)] {
            var out: [(VersionSummary.Section, VersionSummary.Section)] = []
            var used: [String: Int] = [:]
            // Read once: a summary's sections are shifted each time they are read.
            let theirs = other.sections
            for s in mine.sections {
                let n = used[s.key, default: 0]
                used[s.key] = n + 1
                if let t = theirs.filter({ $0.key == s.key }).dropFirst(n).first { out.append((s, t)) }
            }
            return out
        }

        /// Labelled paragraphs of both versions with the same section and label path.
        var paragraphs: [(VersionSummary.Paragraph, VersionSummary.Paragraph)] {
            sections.flatMap { s, t in
                s.paragraphs.compactMap { p in
                    guard !p.path.isEmpty, let q = t.paragraphs.first(where: { $0.path == p.path }) else { return nil }
                    return (p, q)
                }
            }
        }
    }

    static func forEach(_ workspace: WorkspaceIndex, _ file: FileSummary, _ body: (Pair) -> Void) {
        // Summaries without their paragraphs are never compared: a missed finding, never a false one.
        guard file.isComplete else { return }
        for mine in file.versions {
            guard let (otherFile, other) = workspace.counterparts(of: mine, in: file.key).first, otherFile.isComplete else { continue }
            body(Pair(mine: mine, other: other, otherFile: otherFile, file: file))
        }
    }

    /// Paragraphs whose count of something (pending texts, footnote marks) differs from their
    /// counterpart's, reported by `rule` with the counterpart as related information.
    static func forEachCountMismatch(_ workspace: WorkspaceIndex, _ file: FileSummary, _ count: KeyPath<VersionSummary.Paragraph, Int>,
                                     rule: some WorkspaceRule, what: Message, _ emit: (Diagnostic) -> Void) {
        forEach(workspace, file) { pair in
            for (p, q) in pair.paragraphs where p[keyPath: count] != q[keyPath: count] {
                emit(rule.diagnostic(p.range, Message(zh: "本段有\(p[keyPath: count])", en: "this paragraph has \(p[keyPath: count])") + what
                                        + Message(zh: "，而", en: "; its counterpart in ") + pair.otherName
                                        + Message(zh: "的对应段落有\(q[keyPath: count])", en: " has \(q[keyPath: count])") + what,
                                     related: [pair.related(q.range, Message(zh: "对应段落", en: "its counterpart"))]))
            }
        }
    }
}

/// The same section or paragraph in another language version.
public struct VersionCounterpart: Sendable {
    public let file: FileSummary
    /// The counterpart paragraph's text, or the section's heading.
    public let range: ByteRange
    public let language: TextLanguage
    /// The counterpart section's items, and this one's, for "English: 6 items / 中文: 7 items".
    public let items: Int
    public let myItems: Int
    public let isParagraph: Bool
}

extension WorkspaceIndex {
    /// Where the other language version holds the section headed at `heading` in `file`, or its
    /// paragraph labelled `label` (the section when that label has no counterpart): "go to the
    /// other version".
    public func counterpart(in file: String, heading: ByteRange, label: String?) -> VersionCounterpart? {
        guard let summary = files[file] else { return nil }
        var found: VersionCounterpart?
        VersionPairs.forEach(self, summary) { pair in
            guard found == nil, let (s, t) = pair.sections.first(where: { $0.0.heading == heading }) else { return }
            let paragraph = label.flatMap { l in t.paragraphs.first { $0.path == [l] } }
            found = VersionCounterpart(file: pair.otherFile, range: paragraph?.range ?? t.heading, language: pair.other.language,
                                       items: t.labels.count, myItems: s.labels.count, isParagraph: paragraph != nil)
        }
        return found
    }

    /// The sections of `file` whose other language version has another number of items, by the
    /// start of their heading, in one pass over its versions (code lenses ask for every section).
    public func sectionsWithOtherCounts(in file: String) -> [Int: VersionCounterpart] {
        guard let summary = files[file] else { return [:] }
        var out: [Int: VersionCounterpart] = [:]
        var seen = Set<Int>()
        // The first pair that holds a section is its counterpart, as `counterpart(in:)` finds it.
        VersionPairs.forEach(self, summary) { pair in
            for (s, t) in pair.sections where seen.insert(s.heading.start).inserted && t.labels.count != s.labels.count {
                out[s.heading.start] = VersionCounterpart(file: pair.otherFile, range: t.heading, language: pair.other.language,
                                                          items: t.labels.count, myItems: s.labels.count, isParagraph: false)
            }
        }
        return out
    }
}
