import DraftAnalysis
import DraftSyntax

/// `check`'s report on standard output, written file by file in path order as each file's
/// findings become final: a folder's report is never held whole (JSON of 40,000 findings built
/// at once took three times the memory of the drafts). The bytes are those of a report written
/// at once: the JSON and SARIF frames come from the same writer, with no files in them.
struct ReportStream {
    let format: String
    let language: TextLanguage
    let text: TextReport
    private(set) var tally = ReportTally()
    /// JSON and SARIF: whether an element was written, so that the next one is preceded by a comma.
    private var wroteElement = false
    private let errors: [FileIO.Failure]

    init(format: String, language: TextLanguage, text: TextReport, errors: [FileIO.Failure]) {
        self.format = format
        self.language = language
        self.text = text
        self.errors = errors
        switch format {
        case "json": FileIO.writeStdout(OutputFormats.jsonFrame(errors: errors, tally: tally).head)
        case "sarif": FileIO.writeStdout(OutputFormats.sarifFrame(language: language).head)
        default: break
        }
    }

    mutating func write(_ f: CheckedFile, others: OutputFormats.OtherFiles) {
        tally.add(f)
        switch format {
        case "json":
            FileIO.writeStdout(bytes: OutputFormats.nested(writing: OutputFormats.jsonFile(f, language: language, others: others), depth: 2, prefix: separator))
            wroteElement = true
        case "sarif":
            for result in OutputFormats.sarifResults(f, language: language, others: others) { element(OutputFormats.nested(result, depth: 4)) }
        case "github": FileIO.writeStdout(GitHubFormat.render(f, language: language))
        default: FileIO.writeStdout(text.render(f))
        }
    }

    private mutating func element(_ encoded: [UInt8]) {
        FileIO.writeStdout(bytes: separator + encoded)
        wroteElement = true
    }

    /// What comes before an element: a comma and a new line after the one before it.
    private var separator: [UInt8] { wroteElement ? Array(",\n".utf8) : [] }

    /// The end of the report: the frame's tail, the statistics, the summary line on standard error.
    func finish(statistics: Bool) {
        switch format {
        case "json": FileIO.writeStdout(OutputFormats.jsonFrame(errors: errors, tally: tally).tail)
        case "sarif": FileIO.writeStdout(OutputFormats.sarifFrame(language: language).tail)
        case "github": break
        default:
            if statistics { FileIO.writeStdout(tally.statistics()) }
            FileIO.writeStderr(tally.summary(language: language))
        }
    }
}
