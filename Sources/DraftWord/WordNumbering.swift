/// Word's automatic numbering (numbering.xml): the label a numbered paragraph displays, `a)`,
/// `1`, `i)`, `1.2`, computed as Word counts: one counter per level of each abstract list,
/// lower levels restarting when a higher one advances, `w:startOverride` honoured.
struct WordNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
        /// What follows the label: a tab (Word's default), a space, or nothing.
        var suffix = "\t"
    }

    private var abstracts: [String: [Int: Level]] = [:]
    /// numId → (abstractNumId, level → start override).
    private var nums: [String: (abstract: String, overrides: [Int: Int])] = [:]
    private var counters: [String: [Int: Int]] = [:]
    private var overridden: Set<String> = []

    init() {}

    init(_ bytes: [UInt8]) throws(XMLReader.Failure) {
        var reader = XMLReader(bytes, aliases: WordML.aliases)
        var abstract: String?, num: String?, level: Int?, current = Level()
        while let event = try reader.next() {
            switch event {
            case .start(let name, let attributes, _) where name.namespace == WordML.main:
                let val = attributes[WordML.attribute("val")]
                switch name.local {
                case "abstractNum": abstract = attributes[WordML.attribute("abstractNumId")]
                case "num": num = attributes[WordML.attribute("numId")]
                case "abstractNumId": if let num, let val { nums[num] = (val, [:]) }
                case "lvl", "lvlOverride":
                    level = attributes[WordML.attribute("ilvl")].flatMap { Int($0) }
                    current = Level()
                case "start": if let v = val.flatMap({ Int($0) }) { current.start = v }
                case "startOverride": if let num, let level, let v = val.flatMap({ Int($0) }) { nums[num]?.overrides[level] = v }
                case "numFmt": if let val { current.format = val }
                case "lvlText": if let val { current.text = val }
                case "suff": current.suffix = val == "space" ? " " : val == "nothing" ? "" : "\t"
                default: break
                }
            case .end(let name) where name.namespace == WordML.main:
                switch name.local {
                case "lvl": if let abstract, let level { abstracts[abstract, default: [:]][level] = current }; level = nil
                case "abstractNum": abstract = nil
                case "num": num = nil
                default: break
                }
            default: break
            }
        }
    }

    /// Counts one paragraph of list `numId` at `level` and returns the label and what follows it
    /// (nil for bullets, `none`, or a list numbering.xml does not define).
    mutating func label(numId: String, level: Int) -> (label: String, suffix: String)? {
        guard numId != "0", let num = nums[numId], let levels = abstracts[num.abstract], let lvl = levels[level] else { return nil }
        var counts = counters[num.abstract] ?? [:]
        if !num.overrides.isEmpty, overridden.insert(numId).inserted {
            for (l, start) in num.overrides { counts[l] = start - 1 }
        }
        counts[level] = (counts[level] ?? (lvl.start - 1)) + 1
        for deeper in counts.keys where deeper > level { counts[deeper] = nil }
        counters[num.abstract] = counts
        guard lvl.format != "bullet", lvl.format != "none", !lvl.text.isEmpty else { return nil }
        var out = ""
        var chars = Substring(lvl.text)
        while let c = chars.first {
            chars = chars.dropFirst()
            if c == "%", let d = chars.first?.wholeNumberValue, (1...9).contains(d) {
                chars = chars.dropFirst()
                let l = d - 1
                let value = counts[l] ?? levels[l]?.start ?? 1
                out += Self.format(value, levels[l]?.format ?? "decimal")
            } else {
                out.append(c)
            }
        }
        return (out, lvl.suffix)
    }

    static func format(_ n: Int, _ format: String) -> String {
        switch format {
        case "lowerLetter": return letters(n)
        case "upperLetter": return letters(n).uppercased()
        case "lowerRoman": return roman(n)
        case "upperRoman": return roman(n).uppercased()
        case "decimalZero": return n < 10 ? "0\(n)" : "\(n)"
        case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "japaneseCounting": return chinese(n)
        case "ideographDigital": return String("\(n)".map { c in chineseDigits[c.wholeNumberValue ?? 0] })
        case "decimalFullWidth", "decimalFullWidth2": return String("\(n)".unicodeScalars.map { Character(Unicode.Scalar($0.value + 0xFEE0)!) })
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese": return (1...20).contains(n) ? String(Character(Unicode.Scalar(0x245F + UInt32(n))!)) : "\(n)"
        default: return "\(n)"
        }
    }

    /// a … z, aa … zz, as Word continues past z.
    private static func letters(_ n: Int) -> String {
        guard n > 0 else { return "\(n)" }
        let letter = Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8((n - 1) % 26)))
        return String(repeating: letter, count: (n - 1) / 26 + 1)
    }

    private static func roman(_ n: Int) -> String {
        guard n > 0 && n < 4000 else { return "\(n)" }
        var n = n, out = ""
        for (v, s) in [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")] {
            while n >= v { out += s; n -= v }
        }
        return out
    }

    private static let chineseDigits: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// 一 … 九十九, as 第一 … 第十 are written; larger numbers in digits.
    private static func chinese(_ n: Int) -> String {
        guard n > 0 && n < 100 else { return "\(n)" }
        if n < 10 { return String(chineseDigits[n]) }
        let tens = n / 10, ones = n % 10
        return (tens == 1 ? "" : String(chineseDigits[tens])) + "十" + (ones == 0 ? "" : String(chineseDigits[ones]))
    }
}

/// The namespaces of WordprocessingML that the reader matches by.
enum WordML {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// ISO 29500 strict, which Word can save as: the same elements under another name.
    static let aliases = ["http://purl.oclc.org/ooxml/wordprocessingml/main": main]
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    static func attribute(_ local: String) -> XMLReader.Name { XMLReader.Name(namespace: main, local: local) }
}
