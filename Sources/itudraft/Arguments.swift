import DraftSyntax

/// A small argument reader: flags with values (--format json, --format=json), repeatable
/// flags, and positional arguments. Unknown flags are usage errors.
struct Arguments {
    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    private(set) var positional: [String] = []
    private var values: [String: [String]] = [:]
    private var switches: Set<String> = []

    init(_ args: [String], valued: Set<String>, switches allowed: Set<String>) throws {
        var i = 0
        var onlyPositional = false
        while i < args.count {
            let a = args[i]
            i += 1
            if onlyPositional || !a.hasPrefix("-") || a == "-" { positional.append(a); continue }
            if a == "--" { onlyPositional = true; continue }
            var name = a
            var inline: String?
            if let eq = a.firstIndex(of: "="), a.hasPrefix("--") {
                name = String(a[..<eq])
                inline = String(a[a.index(after: eq)...])
            }
            if valued.contains(name) {
                if let v = inline { values[name, default: []].append(v); continue }
                guard i < args.count else { throw UsageError(description: "\(name) needs a value") }
                values[name, default: []].append(args[i])
                i += 1
            } else if allowed.contains(name) && inline == nil {
                switches.insert(name)
            } else {
                throw UsageError(description: "unknown option \(name)")
            }
        }
    }

    func value(_ name: String) -> String? { values[name]?.last }
    /// All values of a repeatable flag, split on commas: --select a,b --select c.
    func list(_ name: String) -> [String] {
        (values[name] ?? []).flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters() } }.filter { !$0.isEmpty }
    }
    func has(_ name: String) -> Bool { switches.contains(name) }
}

