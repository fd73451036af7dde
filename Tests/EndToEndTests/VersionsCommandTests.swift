import Foundation
import Testing

/// `check --versions A B`: two files compared as language versions whatever their titles say.
@Suite struct VersionsCommandTests {
    static let zh = "意见5：信息通信技术\n第六届世界电信/信息通信技术政策论坛（2021年，日内瓦），\n认为\n1\t到2035年应连通25亿人。\n"
    static let en = "Opinion 4: ICTs\nThe sixth World Telecommunication/ICT Policy Forum (Geneva, 2021),\nis of the view\n1\tthat 2.5 billion people should be connected by 2030.\n"

    @Test func pairedFilesAreComparedWhateverTheirNumbers() throws {
        let dir = try Binary.temporaryDirectory()
        try Data(Self.zh.utf8).write(to: dir.appendingPathComponent("a.zh.txt"))
        try Data(Self.en.utf8).write(to: dir.appendingPathComponent("a.en.txt"))
        // 意见5 and Opinion 4 are different instruments by their titles: nothing to compare.
        let apart = try Binary.run(["check", "--output-format", "concise", "a.zh.txt", "a.en.txt"], cwd: dir)
        #expect(!apart.stdout.contains("version-"))
        // Paired (and named another way in the folder too), they are compared, each file once.
        let paired = try Binary.run(["check", "--output-format", "concise", "--versions", "./a.zh.txt", "a.en.txt", "."], cwd: dir)
        #expect(paired.stdout.split(separator: "\n").filter { $0.contains("version-number-mismatch") }
                == ["a.en.txt:4:3: warning[version-number-mismatch] this paragraph writes 2030, 2500000000; its counterpart in the Chinese version writes 2035, 2500000000",
                    "a.zh.txt:4:3: warning[version-number-mismatch] this paragraph writes 2035, 2500000000; its counterpart in the English version writes 2030, 2500000000"])
        #expect(paired.status == 1)
        // Same identity (意见4 and Opinion 4, 2021), no pairing asked: found in a folder of other drafts too.
        try Data(Self.zh.replacingOccurrences(of: "意见5", with: "意见4").utf8).write(to: dir.appendingPathComponent("a.zh.txt"))
        try Data(Self.zh.replacingOccurrences(of: "意见5", with: "意见7").utf8).write(to: dir.appendingPathComponent("other.txt"))
        let byIdentity = try Binary.run(["check", "--output-format", "concise", "."], cwd: dir)
        #expect(byIdentity.stdout.split(separator: "\n").filter { $0.contains("version-number-mismatch") }.map { $0.prefix(9) } == ["a.en.txt:", "a.zh.txt:"], "\(byIdentity.stdout)")
    }

    /// One file that holds both versions: compared when it is checked alone (from the document
    /// kept of its check) and in a folder (read again), with the same findings.
    @Test func bothVersionsInOneFileAreCompared() throws {
        let dir = try Binary.temporaryDirectory()
        let both = Self.zh.replacingOccurrences(of: "意见5", with: "意见4") + "\n" + Self.en
        try Data(both.utf8).write(to: dir.appendingPathComponent("both.txt"))
        let expected = ["both.txt:4:3: warning[version-number-mismatch] this paragraph writes 2035, 2500000000; its counterpart in the English version writes 2030, 2500000000",
                        "both.txt:9:3: warning[version-number-mismatch] this paragraph writes 2030, 2500000000; its counterpart in the Chinese version writes 2035, 2500000000"]
        let alone = try Binary.run(["check", "--output-format", "concise", "both.txt"], cwd: dir)
        #expect(alone.stdout.split(separator: "\n").filter { $0.contains("version-") }.map(String.init) == expected)
        try Data(Self.zh.replacingOccurrences(of: "意见5", with: "意见7").utf8).write(to: dir.appendingPathComponent("other.txt"))
        let inFolder = try Binary.run(["check", "--output-format", "concise", "."], cwd: dir)
        #expect(inFolder.stdout.split(separator: "\n").filter { $0.contains("version-") }.map(String.init) == expected)
    }

    @Test func aConfigurationPairsFilesRelativeToItsFolder() throws {
        let dir = try Binary.temporaryDirectory()
        let drafts = dir.appendingPathComponent("drafts")
        try FileManager.default.createDirectory(at: drafts, withIntermediateDirectories: true)
        try Data(Self.zh.utf8).write(to: drafts.appendingPathComponent("a.zh.txt"))
        try Data(Self.en.utf8).write(to: drafts.appendingPathComponent("a.en.txt"))
        try Data(#"{"versions": [["drafts/a.zh.txt", "drafts/a.en.txt"]]}"#.utf8).write(to: dir.appendingPathComponent(".itudraft.json"))
        let r = try Binary.run(["check", "--output-format", "concise", "drafts"], cwd: dir)
        #expect(r.stdout.split(separator: "\n").filter { $0.contains("version-number-mismatch") }.map { $0.prefix(16) } == ["drafts/a.en.txt:", "drafts/a.zh.txt:"])
        try Data(#"{"versions": [["drafts/a.zh.txt"]]}"#.utf8).write(to: dir.appendingPathComponent(".itudraft.json"))
        let bad = try Binary.run(["check", "drafts"], cwd: dir)
        #expect(bad.status == 2 && bad.stderr.contains("each entry of versions names two different files"))
    }

    @Test func versionsTakesTwoDifferentFiles() throws {
        #expect(try Binary.run(["check", "--versions", "a.txt"]).status == 2)
        #expect(try Binary.run(["check", "--versions", "a.txt", "a.txt"]).stderr.contains("--versions takes two different files"))
    }

    @Test func alignPrintsBothVersionsSideBySideWithTheMismatches() throws {
        let dir = try Binary.temporaryDirectory()
        try Data(Self.zh.utf8).write(to: dir.appendingPathComponent("a.zh.txt"))
        try Data(Self.en.utf8).write(to: dir.appendingPathComponent("a.en.txt"))
        let r = try Binary.run(["align", "a.zh.txt", "a.en.txt", "--width", "80"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stdout == """
              #    意见5：信息通信技术                 │ Opinion 4: ICTs
              §    认为                                │ is of the view
            ! 1    到2035年应连通25亿人。              │ that 2.5 billion people should be
                                                       │ connected by 2030.
                   ↳ version-number-mismatch

            """)
        let json = try JSONSerialization.jsonObject(with: Data(try Binary.run(["align", "a.zh.txt", "a.en.txt", "--format", "json"], cwd: dir).stdout.utf8)) as? [String: Any]
        let rows = json?["rows"] as? [[String: Any]]
        #expect(rows?.count == 3 && rows?[2]["findings"] as? [String] == ["version-number-mismatch"] && rows?[2]["second"] as? String == "that 2.5 billion people should be connected by 2030.")
        // The same version twice, or free text, has nothing to align.
        try Data("自由文本。\n".utf8).write(to: dir.appendingPathComponent("free.txt"))
        #expect(try Binary.run(["align", "a.zh.txt", "free.txt"], cwd: dir).status == 2)
        #expect(try Binary.run(["align", "a.zh.txt"], cwd: dir).status == 2)
    }
}
