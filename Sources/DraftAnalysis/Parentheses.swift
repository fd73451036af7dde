import DraftSyntax

/// Full- and half-width parentheses found by their bytes, for the rules that read the
/// parenthesis of a revision: （2018年，迪拜，修订版）, (Rev. Dubai, 2018).
enum Parentheses {
    static let fullOpen = Array("（".utf8), fullClose = Array("）".utf8)

    /// The length of the （ or ( at `i`, if one is there.
    static func opening(_ bytes: [UInt8], at i: Int) -> Int? {
        if bytes[i] == UInt8(ascii: "(") { return 1 }
        return UTF8Scan.hasBytes(bytes, fullOpen, at: i) ? fullOpen.count : nil
    }

    /// Where the last （ or ( that lies whole in `range` starts.
    static func lastOpening(_ bytes: [UInt8], in range: ByteRange) -> Int? {
        var i = range.end - 1
        while i >= range.start {
            if let len = opening(bytes, at: i), i + len <= range.end { return i }
            i -= 1
        }
        return nil
    }

    /// Where the last ） or ) that lies whole in `range` starts and ends.
    static func lastClosing(_ bytes: [UInt8], in range: ByteRange) -> (Int, Int)? {
        var i = range.end - 1
        while i >= range.start {
            if bytes[i] == UInt8(ascii: ")") { return (i, i + 1) }
            if i + fullClose.count <= range.end && UTF8Scan.hasBytes(bytes, fullClose, at: i) { return (i, i + fullClose.count) }
            i -= 1
        }
        return nil
    }
}
