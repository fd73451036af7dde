// The fuzz target. Built with `-sanitize=fuzzer -D FUZZING`, its main hands over to libFuzzer's
// driver (libFuzzer's own main cannot be used: SwiftPM links an executable's main under another
// name), which calls LLVMFuzzerTestOneInput; a violation aborts and libFuzzer saves the input.
// Built plainly, as `swift build` does, it is a replayer: `itudraft-fuzz FILE|DIR…` runs the
// same checks on files (a corpus, a crash libFuzzer saved) and exits 1 on the first violation.
import DraftSyntax
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

func report(_ line: String) {
    var s = line + "\n"
    s.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    // Inputs past 64 KB only slow the search: the properties are about shapes, not sizes.
    guard let data, size <= 1 << 16 else { return 0 }
    do {
        try Properties.check(Array(UnsafeBufferPointer(start: data, count: size)))
    } catch {
        report("itudraft-fuzz: \(error)")
        abort()
    }
    return 0
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
               _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@main
struct Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runDriver(&argc, &argv, fuzzOneInput))
    }
}
#else
@main
struct Replay {
    static func main() {
        let paths = CommandLine.arguments.dropFirst()
        guard !paths.isEmpty else {
            report("usage: itudraft-fuzz FILE|DIR…  (replays inputs through the fuzz checks)")
            exit(2)
        }
        var count = 0
        for path in paths {
            for file in files(path) {
                guard let bytes = read(file) else { report("itudraft-fuzz: cannot read \(file)"); exit(2) }
                do { try Properties.check(bytes) } catch {
                    report("itudraft-fuzz: \(file): \(error)")
                    exit(1)
                }
                count += 1
            }
        }
        print("itudraft-fuzz: \(count) inputs, no violation")
    }

    static func files(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [path] }
        defer { closedir(dir) }
        var out: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if !name.hasPrefix(".") { out.append(path + "/" + name) }
        }
        return out.sorted()
    }

    static func read(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&buffer, 1, buffer.count, f)
            if n <= 0 { break }
            out += buffer[0..<n]
        }
        return out
    }
}
#endif
