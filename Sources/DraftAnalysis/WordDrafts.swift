import DraftSyntax
import DraftWord

/// What a Word draft adds to its text: where each line came from (to report "paragraph N" with
/// its first words), which bytes a tracked change inserted, and the cross-references whose
/// target a tracked deletion removed (found in the version before the changes).
public struct WordSource: Sendable {
    public let lines: [WordDocument.LineOrigin]
    public let inserted: [ByteRange]
    public let deletedTargets: [DeletedTarget]

    /// A cross-reference of the accepted text whose target paragraph the tracked changes delete.
    public struct DeletedTarget: Sendable {
        /// Line of the accepted text the reference is on, and the reference as written.
        public let line: Int
        public let written: String
        /// The paragraph deleted: its section and label (认为 2), and its Word paragraph number.
        public let target: Message
        public let paragraph: Int
    }

    public func isInserted(_ r: ByteRange) -> Bool {
        let k = inserted.partitionIndex { $0.end <= r.start }
        return k < inserted.count && inserted[k].start <= r.start && r.end <= inserted[k].end
    }
}

/// Reading a draft from disk whatever its format: text as it is, a .docx through DraftWord.
public enum DraftFile {
    public static func isWord(_ path: String) -> Bool { path.lowercased().hasSuffix(".docx") }

    /// The text to check and, for a Word draft, its `WordSource`. A Word file that cannot be read
    /// throws a `FileReading.Failure` saying why.
    public static func text(of bytes: [UInt8], path: String, revisions: WordDocument.Revisions = .accepted) throws(FileReading.Failure) -> (bytes: [UInt8], word: WordSource?) {
        guard isWord(path) else { return (bytes, nil) }
        let doc: WordDocument
        do { doc = try WordDocument(bytes) } catch { throw FileReading.Failure(path: path, reason: error.reason) }
        let shown = doc.text(revisions)
        let text = Array(shown.text.utf8)
        var deleted: [WordSource.DeletedTarget] = []
        if revisions == .accepted && doc.hasTrackedChanges && !shown.removedParagraphs.isEmpty {
            deleted = deletedTargets(original: doc.text(.original), accepted: shown)
        }
        return (text, WordSource(lines: shown.lines, inserted: shown.inserted.map { ByteRange($0.lowerBound, $0.upperBound) }, deletedTargets: deleted))
    }

    /// References of the original version that name a paragraph the accepted version no longer
    /// has, placed on the line the referring paragraph keeps.
    static func deletedTargets(original: WordDocument.Text, accepted: WordDocument.Text) -> [WordSource.DeletedTarget] {
        let doc = Document(SourceText(original.text))
        let lineOf = Dictionary(accepted.lines.enumerated().compactMap { k, o in o.paragraph.map { ($0, k) } }, uniquingKeysWith: { a, _ in a })
        var out: [WordSource.DeletedTarget] = []
        for r in DocumentFacts(doc).references {
            guard let section = r.section else { continue }
            for case let item? in r.items {
                guard let label = item.label else { continue }
                let targetLine = doc.text.lines.line(of: item.range.start)
                guard let paragraph = original.lines[safe: targetLine]?.paragraph, accepted.removedParagraphs.contains(paragraph),
                      let from = original.lines[safe: doc.text.lines.line(of: r.reference.range.start)]?.paragraph, let line = lineOf[from] else { continue }
                out.append(.init(line: line, written: doc.text.string(r.reference.range),
                                 target: Naming.section(section) + Message(zh: " \(label.key)", en: " \(label.key)"), paragraph: paragraph))
            }
        }
        return out
    }
}

extension Array {
    public subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
