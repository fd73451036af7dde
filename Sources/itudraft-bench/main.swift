// itudraft-bench: throughput of the shared analysis, measured against `wc -l` over the same
// bytes in the same run, so that figures from a noisy shared machine are read as ratios.
import DraftAnalysis
import DraftSyntax
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

func printError(_ s: String) {
    let line = s + "\n"
    _ = line.withCString { write(2, $0, strlen($0)) }
}

func readFile(_ path: String) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
        printError("itudraft-bench: cannot read \(path)")
        exit(2)
    }
    return Array(data)
}

/// Best of `runs` wall-clock times, in seconds.
func best(_ runs: Int, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
        let start = ContinuousClock.now
        body()
        let d = ContinuousClock.now - start
        best = min(best, Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
    }
    return best
}

/// Time of `wc -l FILE` (process start included, so it is measured on a tiny file too and subtracted).
func wcSeconds(_ path: String, runs: Int) -> Double {
    func once(_ p: String) -> Double {
        best(runs) {
            var pid: pid_t = 0
            let args = ["wc", "-l", p]
            var cargs = args.map { strdup($0) } + [nil]
            var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawnp(&pid, "wc", &actions, nil, &cargs, environ)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            posix_spawn_file_actions_destroy(&actions)
            for c in cargs { free(c) }
        }
    }
    let empty = "/tmp/itudraft-bench-empty.txt"
    _ = FileManager.default.createFile(atPath: empty, contents: Data())
    return max(1e-6, once(path) - once(empty))
}

// `--peak-rss PROGRAM ARGS…`: the helper of WorkspaceBench.peakResidentKB.
if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "--peak-rss" {
    print(WorkspaceBench.spawnAndWait(CommandLine.arguments[2], Array(CommandLine.arguments.dropFirst(3))))
    exit(0)
}

// `--check-only` skips the server part, for profiling the analysis alone; `--cli PATH` measures
// that itudraft binary (README's install builds one with the Swift runtime linked in).
let checkOnly = CommandLine.arguments.contains("--check-only")
var cliPath: String?
var positional: [String] = []
var rest = CommandLine.arguments.dropFirst()
while let a = rest.popFirst() {
    if a == "--cli" { cliPath = rest.popFirst() } else if !a.hasPrefix("--") { positional.append(a) }
}
let root = positional.first ?? "seeds"
let seedNames = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
guard !seedNames.isEmpty, CommandLine.arguments.last != "--cli" else {
    printError("usage: itudraft-bench [--check-only] [--per-rule] [--cli PATH] [SEEDS_DIR]  (default: seeds; PATH: the itudraft binary to measure)")
    exit(2)
}
let seeds = seedNames.map { readFile("\(root)/\($0)") }
var big: [UInt8] = []
while big.count < 10_000_000 { for s in seeds { big += s; big.append(0x0A) } }
let bigPath = "/tmp/itudraft-bench-10mb.txt"
_ = FileManager.default.createFile(atPath: bigPath, contents: Data(big))

func mbps(_ bytes: Int, _ seconds: Double) -> String {
    let v = Double(bytes) / 1_000_000 / seconds
    return String(Int(v.rounded()))
}
func ms(_ s: Double) -> String { String(Double(Int(s * 100_000)) / 100) }

print("itudraft-bench: best of several runs (in process, a text of 1 MB or more is scanned on every core)")
let seedBytes = seeds.reduce(0) { $0 + $1.count }
var findings = 0
let seedTime = best(20) {
    findings = 0
    for s in seeds { findings += Analyzer.analyze(Document(SourceText(bytes: s))).count }
}
print("seeds (\(seedBytes) bytes, \(findings) findings): check \(ms(seedTime)) ms = \(mbps(seedBytes, seedTime)) MB/s")
let parseTime = best(5) { _ = Document(SourceText(bytes: big)) }
var bigFindings = 0
let checkTime = best(5) { bigFindings = Analyzer.analyze(Document(SourceText(bytes: big))).count }
let wc = wcSeconds(bigPath, runs: 5)
print("10 MB file (\(big.count) bytes, \(bigFindings) findings):")
print("  parse only  \(ms(parseTime)) ms = \(mbps(big.count, parseTime)) MB/s")
print("  check       \(ms(checkTime)) ms = \(mbps(big.count, checkTime)) MB/s")
print("  wc -l       \(ms(wc)) ms = \(mbps(big.count, wc)) MB/s")
print("  ratio check / wc -l time: \(String(Double(Int(checkTime / wc * 10)) / 10))x")

// The server next to this binary (`swift build -c release` builds both), or --cli's.
let serverPath = cliPath ?? String(CommandLine.arguments[0].reversed().drop { $0 != "/" }.reversed()) + "itudraft"
if checkOnly {
    // Profiling the analysis: the server is not started.
} else if FileManager.default.isExecutableFile(atPath: serverPath), let seed002 = seedNames.firstIndex(where: { $0.hasPrefix("002") }) {
    // A 10 MB draft: seed 002 repeated, so an edit at line 250 lands inside an instrument.
    var draft: [UInt8] = []
    while draft.count < 10_000_000 { draft += seeds[seed002] }
    ServerBench.run(executable: serverPath, seed002: String(decoding: seeds[seed002], as: UTF8.self), big: String(decoding: draft, as: UTF8.self))
    WorkspaceBench.run(executable: serverPath, seed: seeds[seed002], bigPath: bigPath, bigBytes: big.count)
} else {
    print(cliPath.map { "(--cli \($0) is not an executable: the CLI and the server are not measured)" }
          ?? "(no itudraft binary next to the benchmark: build it with swift build -c release to measure the server)")
}
// `--per-rule`: where the analysis time goes on the 10 MB file, rule by rule.
if CommandLine.arguments.contains("--per-rule") {
    let doc = Document(SourceText(bytes: big))
    print("per rule on the 10 MB file (shared lazy work such as reference resolution counts in each):")
    print("  source text (validation, line index)  \(ms(best(5) { _ = SourceText(bytes: big) })) ms")
    for rule in RuleRegistry.all {
        let t = best(5) { _ = Analyzer.analyze(doc, selection: RuleSelection(select: [rule.code])) }
        print("  \(rule.code)  \(ms(t)) ms")
    }
    print("  all rules  \(ms(best(5) { _ = Analyzer.analyze(doc) })) ms")
}
