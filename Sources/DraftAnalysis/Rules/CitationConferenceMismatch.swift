import DraftSyntax

/// Reports a revision no session of the cited body ever made: 全权代表大会第71号决议（2018年，釜山）
/// (Busan was 2014), a WTDC resolution （2022年，迪拜） (WTDC-22 met in Kigali), an acronym no
/// session has (WRC-09). Only where the body is known from the citation (its name, its acronym,
/// or the catalog, which knows the Plenipotentiary's texts): never a guess. Radio assemblies
/// cite revision years, not places, and are not judged by place. No fix: which of the two is
/// wrong, the year or the place, cannot be known.
struct CitationConferenceMismatch: Rule {
    let code = "citation-conference-mismatch"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "引用的版本与该机构任何一届会议的年份和地点都不符", en: "a revision whose year and place no session of the cited body had")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        let register = context.catalog.conferences
        for (c, id) in zip(context.document.citations, context.citationIdentities) where c.problem == nil {
            guard let r = c.revision else { continue }
            if let acronym = r.acronym {
                let body = String(acronym.prefix { $0 != "-" }).uppercased()
                guard register.hasSessions(of: body), register.session(acronym: acronym) == nil else { continue }
                let known = register.sessions.filter { $0.body == body }.map(\.acronym)
                emit(diagnostic(c.range, Message(zh: "没有名为 \(acronym) 的会议（\(body) 的会议：\(known.suffix(6).joined(separator: "、"))）",
                                                 en: "no session is called \(acronym) (\(body) sessions: \(known.suffix(6).joined(separator: ", ")))")))
                continue
            }
            // A place the register does not know (a regional conference, a garbled one) is not judged.
            guard let year = r.year, let place = r.place, register.isKnownPlace(place), let body = knownBody(c, id, context), body != "RA",
                  register.hasSessions(of: body), register.sessions(of: body, year: year, place: place).isEmpty else { continue }
            let canonical = register.canonicalPlace(place)
            let fit = register.sessions.filter { $0.body == body && ($0.year == year || $0.placeEn == canonical) }
            guard let name = register.sessions.first(where: { $0.body == body }) else { continue }
            let zhFit = fit.map { "\($0.acronym) \($0.placeZh) \($0.year)" }.joined(separator: "、")
            let enFit = fit.map { "\($0.acronym) \($0.placeEn) \($0.year)" }.joined(separator: ", ")
            emit(diagnostic(c.range, Message(zh: "\(name.bodyZh)没有在\(year)年于\(place)举行的会议" + (fit.isEmpty ? "" : "（相符的会议：\(zhFit)）"),
                                             en: "no session of the \(name.bodyEn) met in \(canonical) in \(year)" + (fit.isEmpty ? "" : " (sessions that fit: \(enFit))"))))
        }
    }

    /// The body the citation itself names, or the catalog's when the text names none and only one body has that instrument.
    private func knownBody(_ c: Citation, _ id: CitationIdentity?, _ context: RuleContext) -> String? {
        if c.body != nil { return id?.body }
        guard id == nil, let number = c.number else { return nil }
        let bodies = Set(context.catalog.entries.filter { $0.kind == c.kind && $0.number == number }.map(\.body))
        return bodies.count == 1 ? bodies.first : nil
    }
}
