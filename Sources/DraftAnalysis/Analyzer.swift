import DraftSyntax

/// Which rules run and at what severity.
public struct RuleSelection: Sendable {
    /// Codes to run; nil means every rule.
    public var select: Set<String>?
    public var ignore: Set<String>
    public var severities: [String: Severity]

    public init(select: Set<String>? = nil, ignore: Set<String> = [], severities: [String: Severity] = [:]) {
        self.select = select
        self.ignore = ignore
        self.severities = severities
    }

    public func isEnabled(_ code: String) -> Bool {
        (select?.contains(code) ?? true) && !ignore.contains(code)
    }

    /// `d` at the severity configured for its rule.
    func configured(_ d: Diagnostic) -> Diagnostic {
        guard let s = severities[d.code] else { return d }
        var d = d
        d.severity = s
        return d
    }
}

/// The findings of one document: block rules' per segment (kept across edits that leave the
/// segment alone) and document rules' for the whole file.
public struct Analysis: Sendable {
    public let perSegment: [[Diagnostic]]
    public let documentWide: [Diagnostic]
    /// The suppression comments of the document.
    public let suppressions: Suppressions
    /// Codes whose findings a document rule's finding stands for in this version (`Rule.supersedes`).
    let superseded: Set<String>

    /// Every finding, in document order, less those a suppression comment hides.
    public var diagnostics: [Diagnostic] { findings().shown }

    /// The findings of this document with `workspace`'s (cross-file rules) among them, in document
    /// order, split into those shown and those a suppression comment hides.
    public func findings(with workspace: [Diagnostic] = []) -> (shown: [Diagnostic], suppressed: [Diagnostic]) {
        var out = (superseded.isEmpty ? perSegment.flatMap { $0 } : perSegment.flatMap { $0 }.filter { !superseded.contains($0.code) }) + documentWide + workspace
        out.sort(by: Analyzer.documentOrder)
        return suppressions.partition(out)
    }
}

/// The one entry point the CLI and the server share: text in, diagnostics out.
public enum Analyzer {
    public static func analyze(_ document: Document, selection: RuleSelection = RuleSelection(), catalog: Catalog = .builtIn) -> [Diagnostic] {
        analysis(of: document, selection: selection, catalog: catalog).diagnostics
    }

    /// Analyses `document`. With `previous` (the analysis of the document it was updated from,
    /// under the same selection) and `reuse`, the kept segments keep their findings.
    /// `splitFrom`: how many bytes of fresh blocks make block rules run in parts on every core
    /// (a keystroke re-checks a few blocks at once; tests split small texts).
    public static func analysis(of document: Document, selection: RuleSelection = RuleSelection(), catalog: Catalog = .builtIn,
                                reusing previous: Analysis? = nil, reuse: SegmentReuse? = nil, facts: DocumentFacts? = nil, word: WordSource? = nil,
                                splitFrom: Int = parallelScanFrom) -> Analysis {
        // One context for the whole document serves the document rules, and the block rules when
        // every block is fresh and checked in one part: its facts are computed once.
        let context = RuleContext(document: document, catalog: catalog, facts: facts, word: word)
        let rules = RuleRegistry.all.filter { selection.isEnabled($0.code) }
        let segments = document.segments
        let count = segments.count
        // Segments kept from `previous` keep their findings; the others are checked together.
        var kept = 0..<0
        var keptAfter = count..<count
        if let previous, let reuse, reuse.prefix + reuse.suffix <= count,
           reuse.prefix <= previous.perSegment.count, reuse.suffix <= previous.perSegment.count {
            kept = 0..<reuse.prefix
            keptAfter = (count - reuse.suffix)..<count
            context.suppressions = Suppressions(document, previous: previous.suppressions, reuse: reuse)
        }
        let fresh = kept.upperBound..<keptAfter.lowerBound
        let documentRules = rules.filter { $0.scope == .document }
        var early: [any Rule] = [], earlyFindings: [Diagnostic] = []
        var perSegment: [[Diagnostic]] = Array(repeating: [], count: count)
        if let previous {
            for n in kept { perSegment[n] = previous.perSegment[n] }
            let shift = reuse?.delta ?? 0
            for n in keptAfter {
                let old = previous.perSegment[previous.perSegment.count - (count - n)]
                perSegment[n] = shift == 0 ? old : old.map { $0.shifted(by: shift) }
            }
        }
        if !fresh.isEmpty {
            // Block rules never look across blocks, so the fresh blocks are checked as one
            // document, or a long text's as a few, on every core.
            let blockRules = rules.filter { $0.scope == .block }
            let freshBytes = segments[fresh.upperBound - 1].block.range.end - segments[fresh.lowerBound].block.range.start
            let parts = blockParts(fresh, of: document, wholeIsOne: word != nil || freshBytes < splitFrom)
            // Checked in parts, the block rules leave the whole document's context free: the
            // document rules that read no block findings run on it beside them, and the others prepare.
            early = parts.count > 1 ? documentRules.filter { !$0.readsBlockFindings } : []
            let preparing = parts.count > 1 ? documentRules.filter(\.readsBlockFindings) : []
            // They go first, so that the parts that follow share the cores out evenly.
            let first = early.isEmpty && preparing.isEmpty ? 0 : 1
            var found = orderedMap(first + parts.count, parallel: parts.count > 1) { k in
                if k < first {
                    for rule in preparing { rule.prepare(context) }
                    return run(early, on: context, selection)
                }
                let part = parts[k - first]
                let blockContext = part == 0..<count ? context
                    : RuleContext(document: Document(text: document.text, segments: Array(segments[part])), catalog: catalog, word: word)
                return run(blockRules, on: blockContext, selection)
            }
            if first > 0 { earlyFindings = found.removeFirst() }
            // Each finding goes to the last fresh segment starting at or before it: one walk over
            // both in order (probing segments copies them; 1,872 findings on 10 MB took 5 ms).
            let starts = segments[fresh].map { $0.block.range.start }
            var n = 0
            for d in found.joined().sorted(by: documentOrder) {
                while n + 1 < starts.count && starts[n + 1] <= d.range.start { n += 1 }
                perSegment[fresh.lowerBound + n].append(d)
            }
        }
        context.blockFindings = perSegment.flatMap { $0 }
        context.blockRulesRun = Set(rules.filter { $0.scope == .block }.map(\.code))
        let late = documentRules.filter { rule in !early.contains { $0.code == rule.code } }
        let wide = (earlyFindings + run(late, on: context, selection)).sorted(by: documentOrder)
        let fired = Set(wide.map(\.code))
        let superseded = Set(documentRules.filter { fired.contains($0.code) }.flatMap(\.supersedes))
        return Analysis(perSegment: perSegment, documentWide: wide, suppressions: context.suppressions, superseded: superseded)
    }

    /// The fresh segments in a few runs of about equal bytes (a 10 MB draft's block rules on
    /// every core), or as one.
    private static func blockParts(_ fresh: Range<Int>, of document: Document, wholeIsOne: Bool) -> [Range<Int>] {
        let segments = document.segments
        guard !wholeIsOne, fresh.count > 1 else { return [fresh] }
        let parts = min(fresh.count, 8)
        let first = segments[fresh.lowerBound].block.range.start, span = segments[fresh.upperBound - 1].block.range.end - first
        var out: [Range<Int>] = []
        var start = fresh.lowerBound
        for k in 1...parts {
            // The first segment that starts past the k-th share of the bytes ends this run.
            let limit = first + span * k / parts
            var end = start + 1
            while end < fresh.upperBound && (k == parts || segments[end].block.range.start < limit) { end += 1 }
            out.append(start..<end)
            start = end
            if start == fresh.upperBound { break }
        }
        return out
    }

    private static func run(_ rules: [any Rule], on context: RuleContext, _ selection: RuleSelection) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for rule in rules { rule.check(context) { out.append(selection.configured($0)) } }
        return out
    }

    /// By position, then by code: the order every output lists findings in.
    public static func documentOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        a.range.start != b.range.start ? a.range.start < b.range.start : a.code < b.code
    }

    /// Every certain fix, doubled characters and English words included, applied until none is
    /// left: the fix-all action. Running it again changes nothing.
    public static func fixingAll(_ bytes: [UInt8], selection: RuleSelection = RuleSelection(), catalog: Catalog = .builtIn) -> [UInt8] {
        FixedPoint.apply(bytes) { document in
            var batch = EditBatch()
            for d in analyze(document, selection: selection, catalog: catalog) { if let fix = d.fix { batch.take(fix.edits) } }
            return batch.edits
        }
    }

    /// Every certain fix of `diagnostics`, applied once; overlapping fixes wait for the next pass.
    public static func applyingFixes(_ diagnostics: [Diagnostic], to bytes: [UInt8]) -> [UInt8] {
        var batch = EditBatch()
        for d in diagnostics { if let fix = d.fix { batch.take(fix.edits) } }
        return EditApplier.apply(batch.edits, to: bytes)
    }
}
