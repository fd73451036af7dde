import DraftAnalysis
import DraftSyntax

/// The texts of a folder's files for its report, read again from disk when they are needed: a
/// check keeps each file's findings and summary, not its text (55 MB of drafts would stay in
/// memory to the end). A file is known again by the hash of its bytes; one that changed since it
/// was checked gives nil, and is never reported against a text it does not have.
final class CheckedTexts {
    private let results: [CheckResult]
    private let paths: [String]
    private let indexByKey: [String: Int]
    /// The last few texts read again: a finding's related locations often point to the same file.
    private var recent: [(index: Int, text: SourceText)] = []
    private static let recentLimit = 8

    init(_ checked: [(path: String, result: CheckResult)]) {
        results = checked.map(\.result)
        paths = checked.map(\.path)
        indexByKey = Dictionary(checked.enumerated().map { ($1.result.summary.key, $0) }, uniquingKeysWith: { a, _ in a })
    }

    static func fingerprint(_ bytes: [UInt8]) -> Int {
        var h = Hasher()
        bytes.withUnsafeBytes { h.combine(bytes: $0) }
        return h.finalize()
    }

    /// The text the `i`th file was checked in.
    func text(_ i: Int) -> SourceText? {
        if let kept = results[i].kept { return kept }
        if let hit = recent.first(where: { $0.index == i }) { return hit.text }
        guard let bytes = try? FileIO.read(paths[i]), Self.fingerprint(bytes) == results[i].fingerprint else { return nil }
        let text = SourceText(bytes: bytes)
        recent.append((i, text))
        if recent.count > Self.recentLimit { recent.removeFirst() }
        return text
    }

    func text(forKey key: String) -> SourceText? { indexByKey[key].flatMap(text) }

    /// Another file of the check as a related location needs it.
    func other(_ key: String) -> (path: String, text: SourceText, word: WordSource?)? {
        guard let i = indexByKey[key], let text = text(i) else { return nil }
        return (key, text, results[i].word)
    }
}
