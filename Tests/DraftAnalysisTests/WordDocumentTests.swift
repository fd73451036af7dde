@testable import DraftAnalysis
import DraftSyntax
import DraftWord
import Testing
import TestSupport

typealias W = DocxBuilder

/// Word drafts: .docx in (built here, part by part), the text the checker sees out.
@Suite struct WordDocumentTests {
    static let opinion = "意见1：测试意见\n第六届世界电信/信息通信技术政策论坛（2021年，日内瓦），\n忆及\na)\t第一项；\nb)\t第二项，\n认为\n1\t第一段；\n2\t上述认为1段所述的内容，\n请秘书长\n支持上述工作。\n"

    func text(_ b: DocxBuilder, _ revisions: WordDocument.Revisions = .accepted) throws -> String {
        try WordDocument(b.bytes()).text(revisions).text
    }

    @Test func aCleanOpinionReadsAsItsText() throws {
        #expect(try text(DocxBuilder(text: Self.opinion)) == Self.opinion)
        var stored = DocxBuilder(text: Self.opinion)
        stored.stored = true
        #expect(try text(stored) == Self.opinion, "stored parts as well as deflated ones")
        let (bytes, word) = try DraftFile.text(of: DocxBuilder(text: Self.opinion).bytes(), path: "a.docx")
        #expect(Analyzer.analyze(Document(SourceText(bytes: bytes))).isEmpty)
        #expect(word?.lines[6] == WordDocument.LineOrigin(paragraph: 7, footnote: nil, firstWords: "1 第一段；"))
    }

    @Test func runsTabsBreaksFieldsAndHyperlinksAreJoined() throws {
        let p = "<w:p><w:r><w:t>有关</w:t></w:r><w:r><w:t xml:space=\"preserve\">“战略</w:t><w:br/><w:t>规划”</w:t></w:r>"
            + "<w:hyperlink r:id=\"rId9\" xmlns:r=\"urn:r\"><w:r><w:t>的第71号决议</w:t></w:r></w:hyperlink>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>（2018年）</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:fldSimple w:instr=\"REF x\"><w:r><w:t>&lt;甲&amp;乙&gt;&#x4E19;<![CDATA[<丁>]]></w:t></w:r></w:fldSimple><w:r><w:tab/><w:t>完</w:t></w:r></w:p>"
        #expect(try text(DocxBuilder([p])) == "有关“战略 规划”的第71号决议（2018年）<甲&乙>丙<丁>\t完\n")
        // A line break written inside w:t (Word never does) stays inside its paragraph's line.
        #expect(try text(DocxBuilder(["<w:p><w:r><w:t>一\n二\r\n三</w:t></w:r></w:p>"])) == "一 二 三\n")
    }

    @Test func tablesTextBoxesAndCommentsAreNotRead() throws {
        let table = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>表格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        let box = "<w:p><w:r><w:t>前</w:t></w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice></mc:AlternateContent><w:commentRangeStart w:id=\"0\"/><w:r><w:t>后</w:t></w:r><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"
        #expect(try text(DocxBuilder([W.p("一"), table, box])) == "一\n前后\n")
    }

    @Test func namespacesAreMatchedByPrefixDeclaredNotWritten() throws {
        let doc = "<x:document xmlns:x=\"\(W.w)\"><x:body><x:p><x:r><x:t>前缀不同</x:t></x:r></x:p><p xmlns=\"urn:other\"><t>别的</t></p></x:body></x:document>"
        let bytes = W.zip([("word/document.xml", Array(doc.utf8))], deflate: true)
        #expect(try WordDocument(bytes).text(.accepted).text == "前缀不同\n")
    }

    /// The main part is the one the package's relationships name, its notes the ones its own name;
    /// ISO strict documents use another namespace for the same elements.
    @Test func partsAreFoundByRelationshipsAndStrictIsRead() throws {
        let strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
        let rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument\" Target=\"/word/document2.xml\"/></Relationships>"
        let docRels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r2\" Type=\"x/footnotes\" Target=\"../notes/fn.xml\"/><Relationship Id=\"r3\" Type=\"x/hyperlink\" Target=\"https://example.org\" TargetMode=\"External\"/></Relationships>"
        let doc = "<w:document xmlns:w=\"\(strict)\"><w:body><w:p><w:r><w:t>正文</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p></w:body></w:document>"
        let notes = "<w:footnotes xmlns:w=\"\(strict)\"><w:footnote w:id=\"1\"><w:p><w:r><w:t>注</w:t></w:r></w:p></w:footnote></w:footnotes>"
        let bytes = W.zip([("_rels/.rels", Array(rels.utf8)), ("word/_rels/document2.xml.rels", Array(docRels.utf8)), ("word/document2.xml", Array(doc.utf8)),
                           ("notes/fn.xml", Array(notes.utf8)), ("word/document.xml", Array("<not-this/>".utf8))], deflate: true)
        #expect(try WordDocument(bytes).text(.accepted).text == "正文[^1]\n\n[^1]: 注\n")
    }

    @Test func automaticNumberingBecomesTheLabel() throws {
        var b = DocxBuilder([W.p("忆及"), W.p("第一项；", numId: 1), W.p("分项", numId: 1, level: 1), W.p("第二项，", numId: 1), W.p("认为")])
        b.numbering = W.numbering([("lowerLetter", "%1)"), ("lowerRoman", "%2)")])
        #expect(try text(b) == "忆及\na)\t第一项；\ni)\t分项\nb)\t第二项，\n认为\n")
        b.numbering = W.numbering([("decimal", "%1"), ("decimal", "%1.%2")])
        #expect(try text(b) == "忆及\n1\t第一项；\n1.1\t分项\n2\t第二项，\n认为\n")
        b.numbering = W.numbering([("chineseCounting", "第%1"), ("bullet", "")])
        #expect(try text(b) == "忆及\n第一\t第一项；\n分项\n第二\t第二项，\n认为\n", "bullets carry no label")
    }

    @Test func footnotesBecomeMarksAndNotes() throws {
        var b = DocxBuilder(["<w:p>" + W.r("这些国家") + W.footnoteReference(1) + W.r("。") + "</w:p>"])
        b.footnotes = ["1": "最不发达国家。"]
        let t = try WordDocument(b.bytes()).text(.accepted)
        #expect(t.text == "这些国家[^1]。\n\n[^1]:  最不发达国家。\n")
        #expect(t.lines[2].footnote == "1" && t.lines[2].paragraph == nil)
    }

    @Test func trackedChangesGiveThreeVersions() throws {
        let b = DocxBuilder(["<w:p>" + W.r("支持") + W.del("发展中") + W.ins("所有") + W.r("国家。") + "</w:p>", W.deletedParagraph("删去的段落。"), W.p("末段。")])
        #expect(try text(b, .accepted) == "支持所有国家。\n末段。\n")
        #expect(try text(b, .original) == "支持发展中国家。\n删去的段落。\n末段。\n")
        #expect(try text(b, .marked) == "支持{--发展中--}{++所有++}国家。\n{--删去的段落。--}\n末段。\n")
        let accepted = try WordDocument(b.bytes()).text(.accepted)
        #expect(accepted.removedParagraphs == [2] && accepted.lines.map(\.paragraph) == [1, 3])
        #expect(accepted.inserted.map { String(decoding: Array(accepted.text.utf8)[$0], as: UTF8.self) } == ["所有"])
    }

    @Test func aDeletedNumberedItemIsNotCounted() throws {
        var b = DocxBuilder([W.p("认为"), W.p("第一段；", numId: 1), "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:rPr><w:del w:id=\"9\" w:author=\"A\" w:date=\"2026-01-01T00:00:00Z\"/></w:rPr></w:pPr>\(W.del("第二段；"))</w:p>", W.p("第三段。", numId: 1)])
        b.numbering = W.numbering([("decimal", "%1")])
        #expect(try text(b, .accepted) == "认为\n1\t第一段；\n2\t第三段。\n")
        #expect(try text(b, .original) == "认为\n1\t第一段；\n2\t第二段；\n3\t第三段。\n")
    }

    /// A tracked deletion of a paragraph another still refers to, with automatic numbering: once
    /// accepted, 上述认为2段 silently names what was paragraph 3.
    @Test func aDeletionThatBreaksAReference() throws {
        var b = DocxBuilder([W.p("意见1：题"), W.p("论坛（2021年，日内瓦），"), W.p("认为"), W.p("第一段；", numId: 1),
                             "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:rPr><w:del w:id=\"9\" w:author=\"A\" w:date=\"2026-01-01T00:00:00Z\"/></w:rPr></w:pPr>\(W.del("第二段；"))</w:p>",
                             W.p("第三段，见上述认为2段。", numId: 1)])
        b.numbering = W.numbering([("decimal", "%1")])
        let (bytes, word) = try DraftFile.text(of: b.bytes(), path: "t.docx")
        #expect(String(decoding: bytes, as: UTF8.self) == "意见1：题\n论坛（2021年，日内瓦），\n认为\n1\t第一段；\n2\t第三段，见上述认为2段。\n")
        assertLint(TrackedDeletionTarget(), "意见1：题\n论坛（2021年，日内瓦），\n认为\n1\t第一段；\n2\t第三段，见⟦上述认为2段⟧。\n",
                   messages: ["所指段落（“认为”（is of the view） 2，Word 文档第 5 段）已被修订删除 | the paragraph it names (\"认为\" (is of the view) 2, Word paragraph 5) is deleted by a tracked change"], word: word)
        // Without tracked changes, or checking the original, nothing.
        assertLint(TrackedDeletionTarget(), "意见1：题\n论坛（2021年，日内瓦），\n认为\n1\t第一段；\n2\t第三段，见上述认为1段。\n")
        let (_, original) = try DraftFile.text(of: b.bytes(), path: "t.docx", revisions: .original)
        #expect(original?.deletedTargets.isEmpty == true)
    }

    @Test(arguments: [
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0] as [UInt8], "an old Word .doc"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + "EncryptedPackage".utf8.flatMap { [$0, 0] }, "a password-protected Word file"),
        (Array("意见1：纯文本".utf8), "not a .docx"),
        (Array("PK\u{3}\u{4}truncated, with no end record at all".utf8), "no ZIP central directory"),
        (W.zip([("word/other.xml", Array("<a/>".utf8))], deflate: true), "no word/document.xml"),
        (W.zip([("word/document.xml", Array("<w:document xmlns:w=\"\(W.w)\"><w:body><w:p></w:body></w:document>".utf8))], deflate: true), "word/document.xml is not well-formed XML: the end tag body does not close p"),
        (W.zip([("word/document.xml", Array("<!DOCTYPE x [<!ENTITY a \"b\">]><w:document/>".utf8))], deflate: false), "a DTD"),
        (W.zip([("word/document.xml", Array("<w:document xmlns:w=\"\(W.w)\">&nbsp;</w:document>".utf8))], deflate: false), "the entity &nbsp; is not XML's"),
    ] as [([UInt8], String)])
    func badFilesSayWhy(_ bytes: [UInt8], _ reason: String) {
        do {
            _ = try WordDocument(bytes)
            Issue.record("read")
        } catch {
            #expect(error.reason.contains(reason), "\(error.reason)")
        }
    }

    @Test func aCorruptPartAndABombAreRefused() throws {
        var zip = DocxBuilder(text: Self.opinion).bytes()
        // Flip bytes inside the deflated document (after its local header's name): the inflater or the checksum catches it.
        let name = Array("word/document.xml".utf8)
        let at = zip.indices.first { Array(zip[$0..<min(zip.count, $0 + name.count)]) == name }! + name.count + 8
        for k in at..<(at + 40) { zip[k] ^= 0x5A }
        #expect(throws: WordDocument.Failure.self) { try WordDocument(zip) }
        let bomb = W.zip([("word/document.xml", [UInt8](repeating: 0x20, count: 64 << 20))], deflate: true)
        #expect(bomb.count < 200_000)
        do { _ = try WordDocument(bomb); Issue.record("read") } catch { #expect(error.reason.contains("ZIP bomb"), "\(error.reason)") }
    }
}
