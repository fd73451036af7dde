import DraftLSP
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// `itudraft lsp`: the language server on stdin/stdout.
enum LSPCommand {
    static func run(_ args: [String]) -> Int32 {
        if args.contains("--help") || args.contains("-h") {
            FileIO.writeStdout("usage: itudraft lsp   (speaks LSP 3.17 on stdin/stdout; logs go to stderr)\n")
            return 0
        }
        if let unknown = args.first(where: { $0 != "--stdio" }) {
            FileIO.writeStderr("itudraft lsp: unknown option \(unknown)\n")
            return 2
        }
        // Stdout belongs to the protocol: keep a private copy, then point fd 1 at stderr so a
        // stray print can never corrupt a message. A closed pipe must not kill us mid-write.
        signal(SIGPIPE, SIG_IGN)
        let protocolOut = dup(1)
        dup2(2, 1)
        let server = LanguageServer(sink: FileDescriptorSink(fd: protocolOut))
        return server.run(inputFD: 0)
    }
}
