/// A Word draft (.docx) read into the text the checker sees: one paragraph a line, automatic
/// numbering written out as labels, footnote references as `[^N]` and the notes after the body
/// as `[^N]: …`, in the version chosen from its tracked changes.
public struct WordDocument {
    public enum Revisions: String, CaseIterable, Sendable {
        /// Insertions kept, deletions dropped: the text as it would be with every change accepted.
        case accepted
        /// Insertions dropped, deletions kept: the text before the changes.
        case original
        /// Both, in CriticMarkup: {++inserted++}, {--deleted--}.
        case marked
    }

    /// Where a line of the text came from: a paragraph of the body (1-based, counting the body's
    /// paragraphs outside tables) or a footnote, with the paragraph's first words to find it by.
    public struct LineOrigin: Sendable, Equatable {
        public let paragraph: Int?
        public let footnote: String?
        public let firstWords: String

        public init(paragraph: Int?, footnote: String?, firstWords: String) {
            self.paragraph = paragraph
            self.footnote = footnote
            self.firstWords = firstWords
        }
    }

    public struct Text: Sendable {
        public let text: String
        public let lines: [LineOrigin]
        /// UTF-8 byte ranges of inserted text, in `text`.
        public let inserted: [Range<Int>]
        /// Body paragraphs (1-based) wholly gone in this version: deleted text and deleted mark.
        public let removedParagraphs: Set<Int>
    }

    public struct Failure: Error, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }
    }

    let body: [WordParagraph]
    let notes: [WordParagraph]
    let numbering: WordNumbering
    let styleNumbering: [String: (numId: String, level: Int)]

    /// Reads a .docx from its bytes. Every failure says what is wrong in words a user can act on.
    public init(_ bytes: [UInt8]) throws(Failure) {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // An OLE compound file: Word 97-2003, or an encrypted .docx (its package is inside one).
            let encrypted: [UInt8] = "EncryptedPackage".utf8.flatMap { [$0, 0] }
            throw Failure(reason: Self.contains(bytes, encrypted)
                ? "a password-protected Word file: remove the password in Word (File > Info > Protect Document) to check it"
                : "an old Word .doc (Word 97-2003 binary format), not a .docx: save it as .docx in Word to check it")
        }
        guard bytes.starts(with: [0x50, 0x4B]) else { throw Failure(reason: "not a .docx (no ZIP signature)") }
        let zip: ZipArchive
        do { zip = try ZipArchive(bytes) } catch { throw Failure(reason: error.reason) }
        func xml<T>(_ name: String, _ parse: ([UInt8]) throws(XMLReader.Failure) -> T) throws(Failure) -> T? {
            let part: [UInt8]?
            do { part = try zip.read(name) } catch { throw Failure(reason: error.reason) }
            guard let part else { return nil }
            do { return try parse(part) } catch { throw Failure(reason: "\(name) is not well-formed XML: \(error)") }
        }
        let package = WordPackage(zip)
        guard let body = try xml(package.document, WordParagraphs.read) else {
            throw Failure(reason: "no \(package.document): a ZIP file, but not a Word document")
        }
        self.body = body
        notes = try xml(package.footnotes, WordParagraphs.read) ?? []
        numbering = try xml(package.numbering) { b throws(XMLReader.Failure) in try WordNumbering(b) } ?? WordNumbering()
        styleNumbering = try xml(package.styles, WordParagraphs.styleNumbering) ?? [:]
    }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= bytes.count else { return false }
        for i in 0...(bytes.count - needle.count) where bytes[i] == needle[0] && Array(bytes[i..<(i + needle.count)]) == needle { return true }
        return false
    }

    /// Whether the draft has tracked changes at all.
    public var hasTrackedChanges: Bool {
        (body + notes).contains { p in p.mark != .none || p.pieces.contains { $0.change != .none } }
    }

    /// The text of one version.
    public func text(_ revisions: Revisions) -> Text {
        var renderer = WordRenderer(revisions: revisions, numbering: numbering, styleNumbering: styleNumbering)
        renderer.render(body, numbered: true)
        let referenced = Set(renderer.referencedNotes)
        let kept = notes.filter { $0.footnote.map(referenced.contains) ?? false }
        if !kept.isEmpty {
            renderer.blankLine()
            renderer.render(kept, numbered: false)
        }
        return renderer.finish()
    }
}
