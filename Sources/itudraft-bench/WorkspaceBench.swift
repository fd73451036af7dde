import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// `check DIR` at workspace scale: the real CLI on folders of 100 and 1,000 drafts. The time
/// per file must not grow with the number of files (the cross-file rules were quadratic).
enum WorkspaceBench {
    static func run(executable: String, seed: [UInt8], bigPath: String, bigBytes: Int) {
        // End to end: reading, parsing, rules, the cross-file rules on the lone file, the report.
        for format in ["text", "json"] {
            let t = best(3) { spawnAndWait(executable, ["check", "--fail-on", "never", "--format", format, bigPath]) }
            print("check on the 10 MB file, the real CLI, --format \(format): \(ms(t)) ms = \(mbps(bigBytes, t)) MB/s")
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

    static func spawnAndWait(_ executable: String, _ arguments: [String]) {
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
        waitpid(pid, &status, 0)
    }
}
