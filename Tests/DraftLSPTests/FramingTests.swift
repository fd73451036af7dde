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
}
