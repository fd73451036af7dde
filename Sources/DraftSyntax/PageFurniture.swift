/// Page numbers and running headers of printed collections, which copies out of PDFs carry
/// between the lines of an instrument.
extension LineScanner {
    /// - 97 -, 97, 3/484, （3.2 – 理事会）: a page number or a running header.
    static func isPageFurniture(_ bytes: [UInt8], _ s: Int, _ e: Int) -> Bool {
        guard e > s, e - s <= 60 else { return false }
        let first = bytes[s]
        // Each shape's first (and last) marks, in bytes, before any String: numbered items start
        // with a digit, many Chinese lines with “ or （.
        switch first {
        case UInt8(ascii: "-"): guard bytes[e - 1] == UInt8(ascii: "-") else { return false }
        case 0xE2: guard UTF8Scan.hasBytes(bytes, Bytes.enDash, at: s), UTF8Scan.hasBytes(bytes, Bytes.enDash, at: e - 3) else { return false }
        case UInt8(ascii: "("): guard bytes[e - 1] == UInt8(ascii: ")") else { return false }
        case 0xEF: guard UTF8Scan.hasBytes(bytes, Bytes.openParen, at: s), e - s >= 6, UTF8Scan.hasBytes(bytes, Bytes.closeParen, at: e - 3) else { return false }
        case _ where CharClass.isASCIIDigit(first):
            guard bytes[s..<e].allSatisfy({ CharClass.isASCIIDigit($0) || CharClass.isASCIIWhitespace($0) || $0 == UInt8(ascii: "/") }) else { return false }
        default: return false
        }
        let line = String(decoding: bytes[s..<e], as: UTF8.self)
        let scalars = Array(line.unicodeScalars)
        func digits(_ x: ArraySlice<Unicode.Scalar>) -> Bool { !x.isEmpty && x.count <= 4 && x.allSatisfy { $0.properties.numericType == .decimal && $0.isASCII } }
        let compact = scalars.filter { $0 != " " && $0 != "\t" }
        if digits(compact[...]) { return true }  // 97
        if compact.count >= 3, compact.first == "-" || compact.first == "–", compact.last == compact.first,
           digits(compact.dropFirst().dropLast()) { return true }  // - 97 -
        if let slash = compact.firstIndex(of: "/"), digits(compact[..<slash]), digits(compact[(slash + 1)...]) { return true }  // 3/484
        // （3.2 – 理事会）: a section number of the collection, a dash, a short name.
        if let first = scalars.first, let last = scalars.last, (first == "（" && last == "）") || (first == "(" && last == ")") {
            let inner = Array(scalars.dropFirst().dropLast())
            if let dash = inner.indices.first(where: { k in (inner[k] == "–" || inner[k] == "-") && k > 0 && inner[k - 1] == " " && k + 1 < inner.count && inner[k + 1] == " " }) {
                let number = inner[..<(dash - 1)]
                if !number.isEmpty && number.allSatisfy({ ($0.isASCII && $0.properties.numericType == .decimal) || $0 == "." }) { return true }
            }
        }
        return false
    }
}
