import DraftSyntax

/// Reports a reference range whose ends do not exist or run backwards (第5-1段). No fix.
struct XrefBadRange: Rule {
    let code = "xref-bad-range"
    let defaultSeverity = Severity.error
    let summary = Message(zh: "引用的段落范围不存在或顺序颠倒", en: "reference range whose ends do not exist or run backwards")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        for r in context.resolvedReferences {
            guard let section = r.section else { continue }
            let targets = r.reference.targets
            let related = [RelatedInformation(range: section.heading.range, message: Message(zh: "引用的部分", en: "the section referred to"))]
            switch r.problem {
            case .rangeMissingEnd(let i)?:
                emit(diagnostic(targets[i].range,
                                Message(zh: "范围的\(i == 0 ? "起点" : "终点")第 \(Naming.path(targets[i].path)) 段在", en: "the range \(i == 0 ? "starts" : "ends") at paragraph \(Naming.path(targets[i].path)), which ")
                                    + Naming.section(section) + Message(zh: "部分中不存在", en: " does not have"),
                                related: related))
            case .rangeBackwards?:
                emit(diagnostic(r.reference.range,
                                Message(zh: "范围顺序颠倒：第 \(Naming.path(targets[0].path)) 段在第 \(Naming.path(targets[1].path)) 段之后",
                                        en: "the range runs backwards: paragraph \(Naming.path(targets[0].path)) comes after \(Naming.path(targets[1].path))"),
                                related: related))
            default: break
            }
        }
    }
}
