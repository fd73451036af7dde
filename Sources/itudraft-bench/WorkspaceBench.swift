import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// `check DIR` at workspace scale: the real CLI on folders of 100 and 1,000 drafts. The time
/// per file must not grow with the number of files (the cross-file rules were quadratic).
enum WorkspaceBench {
    static func run(executable: String, seed: [UInt8], bigPath: String, bigBytes: Int) {
        // End to end: reading, parsing, rules, the cross-file rules on the lone file, the report.
        print("check on the 10 MB file, the real CLI (\(executable)):")
        for format in ["text", "json"] {
            let t = best(5) { spawnAndWait(executable, ["check", "--fail-on", "never", "--format", format, bigPath]) }
            print("  --format \(format): \(ms(t)) ms = \(mbps(bigBytes, t)) MB/s")
        }
        print("check DIR, copies of seed 002 (the real CLI, both cores):")
        var perFile: [Int: Double] = [:]
        // 3,000 copies share every identity: language-version pairing must stay linear too.
        for n in [100, 1000, 3000] {
            let dir = "/tmp/itudraft-bench-ws-\(getpid())-\(n)"
            mkdir(dir, 0o755)
            defer { remove(dir, n) }
            for i in 0..<n {
                // Each copy differs a little, as real drafts do: its own title number.
                var copy = seed
                copy += Array("\n意见\(1000 + i)：副本\n第六届论坛（2021年，日内瓦），\n认为\n1\t第\(i)号副本。\n".utf8)
                write(dir + "/d\(i).txt", copy)
            }
            let t = best(3) { spawnAndWait(executable, ["check", "--fail-on", "never", dir]) }
            perFile[n] = t / Double(n)
            print("  \(n) files  \(ms(t)) ms = \(String(format1(t / Double(n) * 1000))) ms per file")
        }
        if let a = perFile[100], let b = perFile[1000], let c = perFile[3000] {
            print("  ratio per file, 1,000 / 100: \(format1(b / a)); 3,000 / 100: \(format1(c / a))")
        }
        distinct(executable: executable, seed: String(decoding: seed, as: UTF8.self))
    }

    /// 100 and 1,000 different drafts: time per file, the peak memory of the whole check, and a
    /// keystroke in a draft of the 1,000-file workspace against the same keystroke with none.
    static func distinct(executable: String, seed: String) {
        print("check DIR, different drafts (the real CLI, both cores):")
        var perFile: [Int: Double] = [:]
        for n in [100, 1000] {
            let dir = "/tmp/itudraft-bench-diff-\(getpid())-\(n)"
            mkdir(dir, 0o755)
            defer { remove(dir, n) }
            var bytes = 0
            for i in 0..<n {
                let text = Array(DistinctDrafts.draft(from: seed, index: i).utf8)
                bytes += text.count
                write(dir + "/d\(i).txt", text)
            }
            let t = best(3) { spawnAndWait(executable, ["check", "--fail-on", "never", dir]) }
            let peak = peakResidentKB(executable, ["check", "--fail-on", "never", dir])
            perFile[n] = t / Double(n)
            print("  \(n) files (\(bytes / 1_000_000) MB)  \(ms(t)) ms = \(format1(t / Double(n) * 1000)) ms per file, peak RSS \(peak / 1024) MB")
            if n == 1000 { workspaceKeystroke(executable: executable, dir: dir) }
        }
        if let a = perFile[100], let b = perFile[1000] { print("  ratio per file, 1,000 / 100: \(format1(b / a))") }
    }

    static func workspaceKeystroke(executable: String, dir: String) {
        let s = ServerUnderTest(executable: executable)
        s.request(1, "initialize", .object(["rootUri": .string("file://" + dir), "capabilities": .object(["window": .object(["workDoneProgress": .bool(true)])]),
                                             "initializationOptions": .object(["diagnosticsDelayMs": .int(0)])]))
        s.notify("initialized", .object([:]))
        let start = ContinuousClock.now
        while !s.indexed { s.readOnce() }
        let indexing = ServerBench.seconds(ContinuousClock.now - start)
        let uri = "file://" + dir + "/d1.txt"
        let text = (try? String(contentsOfFile: dir + "/d1.txt", encoding: .utf8)) ?? ""
        s.notify("textDocument/didOpen", .object(["textDocument": .object(["uri": .string(uri), "languageId": .string("itu"), "version": .int(1), "text": .string(text)])]))
        s.waitForPublish(uri: uri)
        let t = ServerBench.keystroke(s, uri: uri, line: 250, runs: 41)
        print("  server: 1,000 drafts indexed in \(ms(indexing)) ms; keystroke → diagnostics in one of them \(ms(t)) ms (median of 41), " +
              "\(format1(t / ServerBench.smallKeystroke))x the keystroke with no workspace; RSS \(s.residentMB) MB")
        s.stop()
    }

    static func format1(_ x: Double) -> String { String(Double(Int(x * 100)) / 100) }

    static func write(_ path: String, _ bytes: [UInt8]) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    static func remove(_ dir: String, _ n: Int) {
        for i in 0..<n { unlink(dir + "/d\(i).txt") }
        rmdir(dir)
    }

    /// The peak resident memory of a run, in KB, measured by this benchmark started again as a
    /// small helper: a child spawned from this large process would count its memory (vfork).
    static func peakResidentKB(_ executable: String, _ arguments: [String]) -> Int {
        var out: [Int32] = [0, 0]
        pipe(&out)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, out[1], 1)
        posix_spawn_file_actions_addclose(&actions, out[0])
        var pid: pid_t = 0
        let me = CommandLine.arguments[0]
        var args: [UnsafeMutablePointer<CChar>?] = ([me, "--peak-rss", executable] + arguments).map { strdup($0) } + [nil]
        posix_spawn(&pid, me, &actions, nil, &args, environ)
        for a in args { free(a) }
        posix_spawn_file_actions_destroy(&actions)
        close(out[1])
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(out[0], $0.baseAddress, $0.count) }
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        close(out[0])
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return Int(String(decoding: bytes, as: UTF8.self).filter(\.isNumber)) ?? -1
    }

    /// Runs to the end and returns the child's peak resident memory, in KB (which includes this
    /// process's own when it is large: see peakResidentKB).
    @discardableResult
    static func spawnAndWait(_ executable: String, _ arguments: [String]) -> Int {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        var args: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        posix_spawn(&pid, executable, &actions, nil, &args, environ)
        for a in args { free(a) }
        posix_spawn_file_actions_destroy(&actions)
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        return usage.ru_maxrss
    }
}
