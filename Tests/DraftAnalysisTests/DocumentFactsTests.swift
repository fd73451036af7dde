import DraftAnalysis
import DraftSyntax
import Testing

/// Nothing is computed twice for one version of a document: the analysis, the summary and
/// relabelling read the same facts.
@Suite struct DocumentFactsTests {
    @Test func oneResolutionPerVersion() {
        let doc = Document(opinion(operative: "1\t第一段；\n2\t见上述认为1段和第71号决议（2018年，迪拜），"))
        let facts = DocumentFacts(doc)
        _ = Analyzer.analysis(of: doc, facts: facts).diagnostics
        #expect(facts.resolutions == 1, "the rules resolved the references through the shared facts")
        _ = FileSummary(key: "a", document: doc, facts: facts)
        let section = doc.instruments[0].sections[1]
        _ = Relabeling.renumber(section, in: doc, facts: facts)
        _ = try? Relabeling.rename(section.items[0], of: section, to: "9", in: doc, facts: facts)
        _ = facts.references
        #expect(facts.resolutions == 1)
        #expect(facts.references.count == 1)
    }

    /// A summary asked for first reads each instrument's references without resolving the whole file.
    @Test func aSummaryAloneResolvesNoFile() {
        let doc = Document(opinion(operative: "1\t第一段；\n2\t见上述认为1段，"))
        let facts = DocumentFacts(doc)
        let alone = FileSummary(key: "a", document: doc, facts: facts)
        #expect(facts.resolutions == 0)
        #expect(!alone.versions.isEmpty)
        _ = facts.references
        #expect(FileSummary(key: "a", document: doc, facts: facts).versions == alone.versions)
    }
}
