import DraftAnalysis
import DraftSyntax

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

    static func run(_ args: [String], environment: [String: String]) -> Int32 {
        do {
            let a = try Arguments(args, valued: ["--lang"], switches: ["--help", "-h"])
            if a.has("--help") || a.has("-h") { FileIO.writeStdout("usage: itudraft rules [--lang zh|en]\n"); return 0 }
            var lang = Localization.language(from: environment)
            if let l = a.value("--lang") {
                guard let v = TextLanguage(rawValue: l) else { throw Arguments.UsageError(description: "--lang must be zh or en, not \(l)") }
                lang = v
            }
            FileIO.writeStdout(listing(lang))
            return 0
        } catch {
            FileIO.writeStderr("itudraft rules: \(error)\n")
            return 2
        }
    }
}
