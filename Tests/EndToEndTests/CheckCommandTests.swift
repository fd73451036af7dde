import Foundation
import Testing

@Suite struct CheckCommandTests {
    let bad = "意见1：题\n论坛（2021年，日内瓦）\n忆及\na) 服务的的发展；\nb) 二，\n认为\n1 见上述认为“9”段。\n"
    let clean = "意见1：题\n论坛（2021年，日内瓦），\n忆及\na) 一；\nb) 二，\n认为\n1 做。\n"

    @Test func seedsReportRealSlipsAndExitOne() throws {
        let r = try Binary.run(["check", "seeds"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("seeds/002_db145d36bf45e405.txt:262:17: warning[doubled-character]"))
        #expect(r.stdout.contains("seeds/001_0ff6cbfd670be44e.txt:13:65: warning[halfwidth-punctuation]"))
        #expect(!r.stdout.contains("000_") && !r.stdout.contains("003_") && !r.stdout.contains("004_"))
        #expect(r.stderr.contains("Checked 5 files"))
    }

    @Test func textFormatUsesOneBasedCharacterColumns() throws {
        let r = try Binary.run(["check", "--output-format", "concise", "-", "--stdin-filename", "draft.txt"], stdin: Data(bad.utf8))
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("draft.txt:2:13: warning[body-final-comma] the line naming the body that speaks lacks its final \"，\""))
        #expect(lines.contains("draft.txt:4:6: warning[doubled-character] \"的\" is typed twice"))
        #expect(lines.contains { $0.hasPrefix("draft.txt:7:9: error[xref-unknown-paragraph]") })
    }

    /// Only regular files are read: a FIFO would block in open(2) forever, /dev/zero never ends.
    /// Each is an I/O error that names it, and the other files are still checked.
    @Test func fifosDevicesAndHugeFilesAreRefusedNotRead() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(bad.utf8).write(to: dir.appendingPathComponent("a.txt"))
        #expect(mkfifo(dir.appendingPathComponent("x.txt").path, 0o644) == 0)
        let r = try Binary.run(["check", dir.path], timeout: 20)
        #expect(r.status == 2)
        #expect(r.stderr.contains("x.txt: is a FIFO (named pipe), not a regular file"))
        #expect(r.stdout.contains("a.txt:4:6: warning[doubled-character]"), "the other file is still checked")
        // Named alone (read ahead of the configuration then), the same refusal.
        let fifo = try Binary.run(["check", dir.appendingPathComponent("x.txt").path], timeout: 20)
        #expect(fifo.status == 2 && fifo.stderr.contains("x.txt: is a FIFO (named pipe), not a regular file"), "\(fifo.stderr)")

        let zero = try Binary.run(["check", "/dev/zero"], timeout: 20)
        #expect(zero.status == 2 && zero.stderr.contains("/dev/zero: is a character device"))

        // A sparse file past the limit is refused from its size, before a byte is read.
        let huge = dir.appendingPathComponent("huge.txt")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        #expect(truncate(huge.path, off_t(600) << 20) == 0)
        let big = try Binary.run(["check", huge.path], timeout: 20)
        #expect(big.status == 2 && big.stderr.contains("huge.txt: is larger than 512 MB"))
    }

    /// 150k "[" and 50k "“" on one line are 200k findings: each one's column costs O(log n),
    /// and so does taking its fix into a batch (twice as many did not finish in 90 s; now 200k
    /// take about a second in a debug build).
    /// The timeout only guards against a hang; speed is measured by itudraft-bench.
    @Test func manyFindingsOnOneLineStayLinear() throws {
        let line = String(repeating: "[", count: 150_000) + String(repeating: "“", count: 50_000)
        let r = try Binary.run(["check", "--output-format", "concise", "-"], stdin: Data(("意见1：题\n\n" + line + "\n").utf8), timeout: 60)
        #expect(r.status == 1 && r.stdout.split(separator: "\n").count == 200_000)
        #expect(r.stdout.hasSuffix(":3:200000: error[mark-unbalanced] \"“\" is never closed by \"”\"\n"))
        let commas = "意见1：测试\n论坛（2021年，日内瓦），\n认为\n1 做" + String(repeating: ",汉", count: 50_000) + "。\n"
        let fixed = try Binary.run(["check", "--fix", "-"], stdin: Data(commas.utf8), timeout: 60)
        #expect(fixed.stdout == commas.replacingOccurrences(of: ",", with: "，"))
    }

    /// Old Mac files end lines with a lone "\r": the same findings, on the same lines, as with "\n".
    @Test func loneCarriageReturnsAreLineBreaks() throws {
        let lf = try Binary.run(["check", "--output-format", "concise", "-", "--stdin-filename", "d.txt"], stdin: Data(bad.utf8))
        let cr = try Binary.run(["check", "--output-format", "concise", "-", "--stdin-filename", "d.txt"], stdin: Data(bad.replacingOccurrences(of: "\n", with: "\r").utf8))
        let crlf = try Binary.run(["check", "--output-format", "concise", "-", "--stdin-filename", "d.txt"], stdin: Data(bad.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        #expect(lf.stdout.split(separator: "\n").count == 3)
        #expect(cr.stdout == lf.stdout && crlf.stdout == lf.stdout)
    }

    @Test func cleanInputExitsZero() throws {
        let r = try Binary.run(["check", "-"], stdin: Data(clean.utf8))
        #expect(r.status == 0 && r.stdout.isEmpty)
        #expect(r.stderr.contains("no problems"))
    }

    @Test func failOnSelectIgnoreAndLanguage() throws {
        #expect(try Binary.run(["check", "-", "--fail-on", "error"], stdin: Data(bad.utf8)).status == 1)
        #expect(try Binary.run(["check", "-", "--fail-on", "never"], stdin: Data(bad.utf8)).status == 0)
        let warningsOnly = "意见1：题\n论坛（2021年，日内瓦），\n忆及\na) 的的；\nb) 二，\n认为\n1 做。\n"
        #expect(try Binary.run(["check", "-", "--fail-on", "error"], stdin: Data(warningsOnly.utf8)).status == 0)
        let selected = try Binary.run(["check", "--output-format", "concise", "-", "--select", "doubled-character"], stdin: Data(bad.utf8))
        #expect(selected.stdout.split(separator: "\n").count == 1)
        let ignored = try Binary.run(["check", "-", "--ignore", "doubled-character,body-final-comma"], stdin: Data(bad.utf8))
        #expect(!ignored.stdout.contains("doubled-character") && !ignored.stdout.contains("body-final-comma"))
        let zh = try Binary.run(["check", "-", "--lang", "zh"], stdin: Data(bad.utf8))
        #expect(zh.stdout.contains("“的”重复了"))
        let zhEnv = try Binary.run(["check", "-"], stdin: Data(bad.utf8), environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zhEnv.stdout.contains("“的”重复了"))
    }

    @Test func jsonFormatIsStableAndDocumented() throws {
        let r = try Binary.run(["check", "-", "--format", "json", "--stdin-filename", "d.txt"], stdin: Data(bad.utf8))
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(obj["version"] as? Int == 1)
        let files = obj["files"] as! [[String: Any]]
        #expect(files.first?["path"] as? String == "d.txt")
        let diags = files[0]["diagnostics"] as! [[String: Any]]
        let doubled = try #require(diags.first { $0["code"] as? String == "doubled-character" })
        let start = (doubled["range"] as! [String: Any])["start"] as! [String: Int]
        #expect(start["line"] == 4 && start["column"] == 6)
        let fix = doubled["fix"] as! [String: Any]
        #expect((fix["edits"] as! [[String: Any]]).first?["newText"] as? String == "")
        #expect((obj["summary"] as! [String: Int])["error"] == 1)
    }

    @Test func sarifFormat() throws {
        let r = try Binary.run(["check", "-", "--format", "sarif"], stdin: Data(bad.utf8))
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(obj["version"] as? String == "2.1.0")
        let run = (obj["runs"] as! [[String: Any]])[0]
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let results = run["results"] as! [[String: Any]]
        #expect(results.contains { $0["ruleId"] as? String == "xref-unknown-paragraph" && $0["level"] as? String == "error" })
        let rules = ((run["tool"] as! [String: Any])["driver"] as! [String: Any])["rules"] as! [[String: Any]]
        #expect(rules.count >= 20)
    }

    @Test func badInputNeverCrashes() throws {
        let dir = try Binary.temporaryDirectory()
        try Data([0x00, 0x01, 0x02]).write(to: dir.appendingPathComponent("binary.txt"))
        try Data([0xE6, 0x84, 0xFF, 0x0A] + Array(bad.utf8)).write(to: dir.appendingPathComponent("invalid.txt"))
        try Data().write(to: dir.appendingPathComponent("empty.md"))
        let r = try Binary.run(["check", dir.path, dir.appendingPathComponent("missing.txt").path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("binary.txt: binary file"))
        #expect(r.stderr.contains("missing.txt: no such file or directory"))
        #expect(r.stderr.contains("invalid.txt: not valid UTF-8"))
        #expect(r.stdout.contains("invalid.txt:"), "other files are still checked")
        let unbalanced = try Binary.run(["check", "-"], stdin: Data("意见1：题\n论坛（2021年，日内瓦），\n忆及\na) [[[（（“《一，\n认为\n1 ]]]）》做。\n".utf8))
        #expect(unbalanced.status == 1)
    }

    @Test func largeInputGivesAResult() throws {
        let seed = try Data(contentsOf: Binary.root.appendingPathComponent("seeds/002_db145d36bf45e405.txt"))
        var big = Data()
        while big.count < 4_000_000 { big.append(seed) }
        let r = try Binary.run(["check", "-", "--format", "json"], stdin: big)
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("{"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try Binary.run(["check", "--format", "xml", "seeds"]).status == 2)
        #expect(try Binary.run(["check", "--select", "no-such-rule", "seeds"]).status == 2)
        #expect(try Binary.run(["check", "--bogus"]).status == 2)
        #expect(try Binary.run(["frobnicate"]).status == 2)
        #expect(try Binary.run([]).status == 2)
        #expect(try Binary.run(["check", "--help"]).stdout.contains("--fail-on"))
    }
}

@Suite struct OtherCommandTests {
    @Test func outlineShowsInstrumentsSectionsAndItemsWithLines() throws {
        let r = try Binary.run(["outline", "seeds/002_db145d36bf45e405.txt"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("  214  意见1草案：为发展和部署新的和新兴电信/信息通信… [draft-opinion]"))
        #expect(r.stdout.contains("  335    认为 (is of the view)"))
        #expect(r.stdout.contains("  345        i) 简化程序以促进无线和有线通信网络的部署，包括获取…"))
        #expect(r.stdout.components(separatedBy: "[draft-opinion]").count == 6)
        let free = try Binary.run(["outline", "seeds/003_386b74a9b3a29e19.txt"])
        #expect(free.stdout.contains("no instrument"))
        #expect(try Binary.run(["outline", "nope.txt"]).status == 2)
    }

    @Test func rulesListsEveryCode() throws {
        let r = try Binary.run(["rules"])
        #expect(r.status == 0)
        for code in ["xref-unknown-paragraph", "doubled-character", "citation-malformed", "abbr-two-abbreviations"] {
            #expect(r.stdout.contains(code))
        }
        #expect(try Binary.run(["rules", "--lang", "zh"]).stdout.contains("重复的字"))
    }

    @Test func versionAndHelp() throws {
        #expect(try Binary.run(["--version"]).stdout.hasPrefix("itudraft "))
        #expect(try Binary.run(["--help"]).stdout.contains("itudraft lsp"))
    }
}

/// The text report as linters print theirs, and the formats for CI.
@Suite struct ReportTests {
    let bad = "意见1：题\n论坛（2021年，日内瓦）\n忆及\na)\t服务的的发展；\nb) 二，\n认为\n1 见上述认为“9”段。\n"

    @Test func fullOutputUnderlinesTheSpanInDisplayColumnsAndMarksWhatFixRepairs() throws {
        let r = try Binary.run(["check", "-", "--stdin-filename", "d.txt"], stdin: Data(bad.utf8))
        #expect(r.stdout.hasPrefix("""
        d.txt:2:13: warning[body-final-comma] [*] the line naming the body that speaks lacks its final "，"
          |
        2 | 论坛（2021年，日内瓦）
          |                     ^^
          = fix: End with "，" (--fix applies it)

        d.txt:4:6: warning[doubled-character] "的" is typed twice
          |
        4 | a)    服务的的发展；
          |           ^^^^
          = fix: Delete one "的"

        """), "\(r.stdout)")
        #expect(!r.stdout.contains("\u{1B}["), "no colour on a pipe")
        #expect(r.stderr.contains("1 fixable with --fix (marked [*])."))
        let zh = try Binary.run(["check", "-", "--lang", "zh"], stdin: Data(bad.utf8))
        #expect(zh.stdout.contains("  = 修正：") == false && zh.stdout.contains("  = 修正: 补上“，”（--fix 可修正）"))
        #expect(zh.stderr.contains("其中 1 个可用 --fix 修正（标有 [*]）。"))
    }

    @Test func coloursWhereAskedAndNeverWithNoColor() throws {
        let always = try Binary.run(["check", "-", "--color", "always"], stdin: Data(bad.utf8))
        #expect(always.stdout.contains("\u{1B}[1;33mwarning[body-final-comma]\u{1B}[0m"))
        let auto = try Binary.run(["check", "-", "--color", "auto"], stdin: Data(bad.utf8), environment: ["LANG": "C", "NO_COLOR": "1"])
        #expect(!auto.stdout.contains("\u{1B}["))
        #expect(try Binary.run(["check", "-", "--color", "sometimes"], stdin: Data(bad.utf8)).status == 2)
    }

    @Test func conciseStatisticsAndGitHub() throws {
        let concise = try Binary.run(["check", "-", "--output-format", "concise", "--statistics"], stdin: Data(bad.utf8))
        #expect(concise.stdout == """
        <stdin>:2:13: warning[body-final-comma] the line naming the body that speaks lacks its final "，"
        <stdin>:4:6: warning[doubled-character] "的" is typed twice
        <stdin>:7:9: error[xref-unknown-paragraph] "认为" (is of the view) has no paragraph 9; it has only 1
        1  body-final-comma  [*]
        1  doubled-character
        1  xref-unknown-paragraph

        """)
        let github = try Binary.run(["check", "-", "--format", "github", "--stdin-filename", "a,b:c.txt"], stdin: Data(bad.utf8))
        let lines = github.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0] == "::warning file=a%2Cb%3Ac.txt,line=2,col=13,endLine=2,endColumn=14,title=itudraft (body-final-comma)::the line naming the body that speaks lacks its final \"，\"")
        #expect(lines[2].hasPrefix("::error file=a%2Cb%3Ac.txt,line=7,col=9,"))
    }

    @Test func longLinesAreShownAroundTheSpan() throws {
        let long = "意见1：题\n\n" + String(repeating: "长", count: 2000) + "的的" + String(repeating: "长", count: 2000) + "\n"
        let r = try Binary.run(["check", "-", "--select", "mark-unbalanced"], stdin: Data((long + "“\n").utf8))
        #expect(r.status == 0 || r.stdout.split(separator: "\n").allSatisfy { $0.count < 400 })
    }
}

@Suite struct RulesCommandTests {
    @Test func aCodeIsExplainedInTheUsersLanguage() throws {
        let en = try Binary.run(["rules", "stray-space"])
        #expect(en.status == 0 && en.stdout.contains("Wrong:\n    所需的 数字素养\nRight:\n    所需的数字素养") && en.stdout.contains("--fix and formatting apply it."))
        let zh = try Binary.run(["rules", "doubled-character"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.stdout.contains("为何重要：") && zh.stdout.contains("修正：删去一个重复的字"))
        #expect(try Binary.run(["rules", "no-such-rule"]).status == 2)
        let json = try Binary.run(["rules", "--format", "json", "label-gap"])
        let items = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]
        #expect(items.count == 1 && items[0]["code"] as? String == "label-gap" && items[0]["fixedByCheckFix"] as? Bool == false)
        #expect(try Binary.run(["rules"]).stdout.split(separator: "\n").count == 46, "the table of every rule")
    }
}

@Suite struct CompletionsTests {
    /// The bash script completes commands and rule codes, as bash itself runs it.
    @Test func bashCompletesCommandsAndRuleCodes() throws {
        let script = try Binary.run(["completions", "bash"])
        #expect(script.status == 0)
        let dir = try Binary.temporaryDirectory()
        let file = dir.appendingPathComponent("c.bash")
        try Data(script.stdout.utf8).write(to: file)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", "source \(file.path); COMP_WORDS=(itudraft check --select dou); COMP_CWORD=3; _itudraft; echo ${COMPREPLY[@]}; COMP_WORDS=(itudraft ru); COMP_CWORD=1; _itudraft; echo ${COMPREPLY[@]}"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        p.waitUntilExit()
        let lines = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n")
        #expect(lines == ["doubled-character", "rules"])
        for shell in ["zsh", "fish"] {
            let r = try Binary.run(["completions", shell])
            #expect(r.status == 0 && r.stdout.contains("doubled-character") && r.stdout.contains("check"), "\(shell)")
        }
        #expect(try Binary.run(["completions", "tcsh"]).status == 2)
        #expect(try Binary.run(["--version"]).stdout == "itudraft 0.1.0\n")
    }
}
