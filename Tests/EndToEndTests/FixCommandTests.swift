import Foundation
import Testing

/// `check --fix` and `--diff`: what is written, what is printed, and that a second run changes nothing.
@Suite struct FixCommandTests {
    let messy = "意见1：题\n论坛（2021年，日内瓦）\n忆及\na)\t技术(ICT)的发展；\nb) 所需的 数字素养。\nc)\t服务的的发展，\n认为\n1\t做；\n"
    let fixed = "意见1：题\n论坛（2021年，日内瓦），\n忆及\na)\t技术（ICT）的发展；\nb)\t所需的数字素养；\nc)\t服务的的发展，\n认为\n1\t做。\n"

    @Test func fixRewritesFilesAtomicallyKeepingPermissionsAndReportsWhatIsLeft() throws {
        let dir = try Binary.temporaryDirectory()
        let file = dir.appendingPathComponent("a.md")
        try Data(messy.utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        let r = try Binary.run(["check", "--fix", "--output-format", "concise", "a.md"], cwd: dir)
        #expect(try String(contentsOf: file, encoding: .utf8) == fixed)
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(r.status == 1 && r.stdout == "a.md:6:6: warning[doubled-character] \"的\" is typed twice\n", "the doubled 的 is words: left to the user")
        #expect(r.stderr.contains("Fixed 1 file"))
        let again = try Binary.run(["check", "--fix", "a.md"], cwd: dir)
        let afterAgain = try String(contentsOf: file, encoding: .utf8)
        #expect(!again.stderr.contains("Fixed") && afterAgain == fixed)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["a.md"], "no temporary file left behind")
    }

    @Test func fixThroughASymbolicLinkReplacesTheTarget() throws {
        let dir = try Binary.temporaryDirectory()
        try Data(messy.utf8).write(to: dir.appendingPathComponent("real.md"))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.md").path, withDestinationPath: "real.md")
        _ = try Binary.run(["check", "--fix", "link.md"], cwd: dir)
        #expect(try String(contentsOf: dir.appendingPathComponent("real.md"), encoding: .utf8) == fixed)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir.appendingPathComponent("link.md").path) == "real.md")
    }

    @Test func diffPrintsWithoutWriting() throws {
        let dir = try Binary.temporaryDirectory()
        try Data(messy.utf8).write(to: dir.appendingPathComponent("a.md"))
        let r = try Binary.run(["check", "--diff", "a.md"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("--- a.md\n+++ a.md\n@@ -1,8 +1,8 @@\n 意见1：题\n-论坛（2021年，日内瓦）\n+论坛（2021年，日内瓦），\n"), "\(r.stdout)")
        #expect(r.stdout.contains("-a)\t技术(ICT)的发展；\n-b) 所需的 数字素养。\n+a)\t技术（ICT）的发展；\n+b)\t所需的数字素养；\n"), "a run of changed lines: old, then new")
        #expect(try String(contentsOf: dir.appendingPathComponent("a.md"), encoding: .utf8) == messy)
        try Data(fixed.utf8).write(to: dir.appendingPathComponent("a.md"))
        let clean = try Binary.run(["check", "--diff", "a.md"], cwd: dir)
        #expect(clean.status == 0 && clean.stdout.isEmpty)
        #expect(try Binary.run(["check", "--diff", "--fix", "a.md"], cwd: dir).status == 2)
    }

    @Test func fixOnStdinPrintsTheFixedText() throws {
        let r = try Binary.run(["check", "--fix", "-"], stdin: Data(messy.utf8))
        #expect(r.stdout == fixed)
        #expect(r.stderr.contains("<stdin>:6:6: warning[doubled-character]") && !r.stderr.contains("Fixed"))
        #expect(r.status == 1)
    }

    @Test func everySeedIsFixedIdempotently() throws {
        let dir = try Binary.temporaryDirectory()
        let seeds = Binary.root.appendingPathComponent("seeds")
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path) {
            try FileManager.default.copyItem(at: seeds.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        let first = try Binary.run(["check", "--fix", "."], cwd: dir)
        #expect(first.stderr.contains("Fixed 2 files"), "\(first.stderr)")
        let after = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map { try Data(contentsOf: dir.appendingPathComponent($0)) }
        let second = try Binary.run(["check", "--fix", "."], cwd: dir)
        #expect(!second.stderr.contains("Fixed"))
        let afterSecond = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map { try Data(contentsOf: dir.appendingPathComponent($0)) }
        #expect(afterSecond == after)
        #expect(try Binary.run(["check", "--diff", "."], cwd: dir).stdout.isEmpty)
    }
}

extension FixCommandTests {
    @Test func aFileThatIsNotUTF8IsNeverRewritten() throws {
        let dir = try Binary.temporaryDirectory()
        var bytes = Array(messy.utf8)
        bytes.insert(0xFF, at: 20)
        try Data(bytes).write(to: dir.appendingPathComponent("bad.md"))
        let r = try Binary.run(["check", "--fix", "bad.md"], cwd: dir)
        #expect(try Data(contentsOf: dir.appendingPathComponent("bad.md")) == Data(bytes))
        #expect(r.stderr.contains("not valid UTF-8") && r.stderr.contains("not fixed"))
        // On standard input the text comes back byte for byte.
        let piped = try Binary.run(["check", "--fix", "-"], stdin: Data(bytes))
        #expect(piped.stdoutData == Data(bytes))
    }
}
