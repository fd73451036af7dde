import DraftSyntax

/// Reports a citation of a PP-18 text (第N号决议（2018年，迪拜…）, Resolution N (Rev. Dubai, 2018))
/// whose number PP-18 never adopted or revised, per the catalog. Only then: the built-in catalog
/// covers exactly what PP-18 adopted or revised, so an absent number cited with another revision
/// (Resolution 202 (Busan, 2014)) may well be in force and is not reported. A hint; no fix.
struct CitationUnknownInstrument: Rule {
    let code = "citation-unknown-instrument"
    let defaultSeverity = Severity.hint
    let summary = Message(zh: "引用的文书编号不在目录中（仅核对目录所涵盖的大会版本）",
                          en: "cited instrument number not in the catalog (checked only for revisions the catalog covers)")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        for (c, id) in zip(context.document.citations, context.citationIdentities) {
            guard let id, c.problem == nil, let cited = c.revision, let year = cited.year else { continue }
            guard context.catalog.covers(id, year: year), context.catalog.entry(for: id) == nil else { continue }
            let name = id.englishName
            emit(diagnostic(c.numberRange ?? c.range,
                            Message(zh: "目录中没有\(year)年大会通过或修订的\(name)：请核对编号",
                                    en: "\(name) was not adopted or revised in \(year) according to the catalog: check the number")))
        }
    }
}
