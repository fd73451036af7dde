import DraftAnalysis
import DraftSyntax
import FoundationEssentials

/// `itudraft rules`: every rule code, its default severity and what it reports.
enum RulesCommand {
    static func listing(_ language: TextLanguage) -> String {
        let width = RuleRegistry.all.map(\.code.count).max() ?? 0
        return RuleRegistry.all.map { r in
            r.code + String(repeating: " ", count: width - r.code.count + 2)
                + r.defaultSeverity.rawValue + String(repeating: " ", count: 13 - r.defaultSeverity.rawValue.count)
                + r.summary.text(language)
        }.joined(separator: "\n") + "\n"
    }

    /// `itudraft rules CODE`: what the rule reports, why it matters, a wrong and a right text, its fix.
    static func explanation(_ rule: any Rule, _ language: TextLanguage) -> String {
        let zh = language == .zh
        var out = "\(rule.code) (\(rule.defaultSeverity.rawValue))\n\(rule.summary.text(language))\n"
        guard let e = RuleExplanation.of(rule.code) else { return out }
        out += "\n" + (zh ? "为何重要：" : "Why: ") + e.why.text(language) + "\n"
        out += "\n" + (zh ? "有误：" : "Wrong:") + "\n    " + e.wrong.replacingAll("\n", "\n    ") + "\n"
        out += (zh ? "正确：" : "Right:") + "\n    " + e.right.replacingAll("\n", "\n    ") + "\n"
        out += "\n" + (zh ? "修正：" : "Fix: ") + (e.fix?.text(language) ?? (zh ? "无（所指无从确知）。" : "none (what is meant cannot be known).")) + "\n"
        if rule.formatsSafely { out += zh ? "--fix 与格式化会应用此修正。\n" : "--fix and formatting apply it.\n" }
        return out
    }

    struct JSONRule: Encodable {
        let code: String, severity: String, summary: String, why: String?, wrong: String?, right: String?, fix: String?, fixedByCheckFix: Bool
    }

    static func json(_ rules: [any Rule], _ language: TextLanguage) -> String {
        let items = rules.map { r -> JSONRule in
            let e = RuleExplanation.of(r.code)
            return JSONRule(code: r.code, severity: r.defaultSeverity.rawValue, summary: r.summary.text(language), why: e?.why.text(language),
                            wrong: e?.wrong, right: e?.right, fix: e?.fix?.text(language), fixedByCheckFix: r.formatsSafely)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(items)) ?? Data(), as: UTF8.self) + "\n"
    }

    static func run(_ args: [String], environment: [String: String]) -> Int32 {
        do {
            let a = try Arguments(args, valued: ["--lang", "--format"], switches: ["--help", "-h"])
            if a.has("--help") || a.has("-h") { FileIO.writeStdout("usage: itudraft rules [CODE…] [--lang zh|en] [--format text|json]\n"); return 0 }
            var lang = Localization.language(from: environment)
            if let l = a.value("--lang") {
                guard let v = TextLanguage(rawValue: l) else { throw Arguments.UsageError(description: "--lang must be zh or en, not \(l)") }
                lang = v
            }
            var rules: [any Rule] = []
            for code in a.positional {
                guard let r = RuleRegistry.rule(code) else { throw Arguments.UsageError(description: "no rule has the code \(code) (itudraft rules lists them)") }
                rules.append(r)
            }
            let format = a.value("--format") ?? "text"
            guard format == "text" || format == "json" else { throw Arguments.UsageError(description: "--format must be text or json, not \(format)") }
            if format == "json" { FileIO.writeStdout(json(rules.isEmpty ? RuleRegistry.all : rules, lang)); return 0 }
            FileIO.writeStdout(rules.isEmpty ? listing(lang) : rules.map { explanation($0, lang) }.joined(separator: "\n"))
            return 0
        } catch {
            FileIO.writeStderr("itudraft rules: \(error)\n")
            return 2
        }
    }
}
