import DraftSyntax

/// The message language from the environment: LC_ALL, then LC_MESSAGES, then LANG; zh* is Chinese.
enum Localization {
    static func language(from environment: [String: String]) -> TextLanguage {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = environment[key], !v.isEmpty {
                return v.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }
}
