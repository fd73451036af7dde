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
}

/// The one entry point the CLI and the server share: text in, diagnostics out.
public enum Analyzer {
    public static func analyze(_ document: Document, selection: RuleSelection = RuleSelection()) -> [Diagnostic] {
        let context = RuleContext(document: document)
        var out: [Diagnostic] = []
        for rule in RuleRegistry.all where selection.isEnabled(rule.code) {
            let severity = selection.severities[rule.code]
            rule.check(context) { d in
                var d = d
                if let s = severity { d.severity = s }
                out.append(d)
            }
        }
        out.sort { $0.range.start != $1.range.start ? $0.range.start < $1.range.start : $0.code < $1.code }
        return out
    }

    /// Every certain fix of `diagnostics`, applied once; overlapping fixes wait for the next pass.
    public static func applyingFixes(_ diagnostics: [Diagnostic], to bytes: [UInt8]) -> [UInt8] {
        var edits: [TextEdit] = []
        var taken: [ByteRange] = []
        for d in diagnostics {
            guard let fix = d.fix else { continue }
            let ranges = fix.edits.map(\.range)
            if ranges.contains(where: { r in taken.contains { $0.overlaps(r) || ($0.start == r.start && r.isEmpty) } }) { continue }
            taken += ranges
            edits += fix.edits
        }
        return EditApplier.apply(edits, to: bytes)
    }
}
