import DraftLSP
import Testing

@Suite struct FramingTests {
    let messages = [#"{"jsonrpc":"2.0","id":1,"method":"a"}"#, #"{"jsonrpc":"2.0","method":"汉字😀"}"#]
    var stream: [UInt8] {
        messages.flatMap { MessageFramer.frame(Array($0.utf8)) }
    }

    @Test func splitAtEveryByteBoundary() {
        for cut in 0...stream.count {
            var framer = MessageFramer()
            let out = framer.feed(stream[..<cut]) + framer.feed(stream[cut...])
            #expect(out == messages.map { .message(Array($0.utf8)) }, "cut at \(cut)")
        }
    }

    @Test func byteByByteAndSeveralInOneRead() {
        var framer = MessageFramer()
        var out: [MessageFramer.Output] = []
        for b in stream { out += framer.feed([b]) }
        #expect(out.count == 2)
        var all = MessageFramer()
        #expect(all.feed(stream + stream).count == 4)
        #expect(all.pendingCount == 0)
    }

    @Test func otherHeadersAndBadHeaders() {
        var framer = MessageFramer()
        let withType = Array("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: 2\r\n\r\n{}".utf8)
        #expect(framer.feed(withType) == [.message(Array("{}".utf8))])
        let bad = Array("Content-Length: nope\r\n\r\n".utf8) + MessageFramer.frame(Array("{}".utf8))
        let out = framer.feed(bad)
        #expect(out.count == 2)
        #expect(out.last == .message(Array("{}".utf8)))
    }

    /// A header block that never ends is not buffered without bound: past the limit it is
    /// dropped, and the next "Content-Length" starts a message again.
    @Test func aHeaderPastTheLimitIsDroppedAndTheStreamResynchronises() {
        var framer = MessageFramer()
        var out: [MessageFramer.Output] = []
        let junk = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 16)
        for _ in 0..<64 {
            out += framer.feed(junk)
            #expect(framer.pendingCount <= MessageFramer.maximumHeader + junk.count)
        }
        #expect(out.count >= 1 && out.allSatisfy { if case .badHeader = $0 { return true } else { return false } })
        out = framer.feed(Array("xxCONTENT-LENGTH: 2\r\n\r\n{}".utf8) + MessageFramer.frame(Array("[]".utf8)))
        #expect(out == [.message(Array("{}".utf8)), .message(Array("[]".utf8))])
    }

    /// A large body arriving in small reads is read once: its header is not parsed again per read.
    @Test func aLargeBodyInSmallReads() {
        var framer = MessageFramer()
        let body = [UInt8](repeating: UInt8(ascii: " "), count: 1 << 20)
        let stream = MessageFramer.frame(body)
        var out: [MessageFramer.Output] = []
        var i = 0
        while i < stream.count {
            out += framer.feed(stream[i..<min(stream.count, i + 4096)])
            i += 4096
        }
        #expect(out == [.message(body)])
        #expect(framer.pendingCount == 0)
    }
}
