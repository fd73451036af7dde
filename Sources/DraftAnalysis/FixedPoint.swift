import DraftSyntax

/// Applying fixes until nothing changes: one pass applies the fixes that do not overlap, and
/// each pass may make the next one's (的的的 → 的的 → 的). Shared by formatting, `check --fix`
/// and the fix-all action, so that one run always reaches the fixed point.
enum FixedPoint {
    /// A fix that keeps undoing another would loop; real texts settle in two or three passes,
    /// and a chain of halvings (a run of 1,000 的) in about ten.
    static let maximumPasses = 40

    static func apply(_ bytes: [UInt8], pass: (Document) -> [TextEdit]) -> [UInt8] {
        var current = bytes
        for _ in 0..<maximumPasses {
            let edits = pass(Document(SourceText(bytes: current)))
            if edits.isEmpty { break }
            let next = EditApplier.apply(edits, to: current)
            if next == current { break }
            current = next
        }
        return current
    }
}
