import DraftLSP

// The JSON report's types write themselves, keys in sorted order (PrettyReportTests compares
// them with Encoder's bytes): a 10 MB draft's report is thousands of these.

extension Place: PrettyJSONWritable {
    func writePretty(_ out: inout PrettyJSON) {
        out.object {
            $0.field("column", column)
            $0.field("footnote", footnote)
            $0.field("line", line)
            $0.field("offset", offset)
            $0.field("paragraph", paragraph)
        }
    }
}

extension Span: PrettyJSONWritable {
    func writePretty(_ out: inout PrettyJSON) {
        out.object {
            $0.field("end", end)
            $0.field("start", start)
        }
    }
}

extension OutputFormats.JSONEdit: PrettyJSONWritable {
    func writePretty(_ out: inout PrettyJSON) {
        out.object {
            $0.field("newText", newText)
            $0.field("range", range)
        }
    }
}

extension OutputFormats.JSONFix: PrettyJSONWritable {
    func writePretty(_ out: inout PrettyJSON) {
        out.object {
            $0.field("edits", edits)
            $0.field("title", title)
        }
    }
}

extension OutputFormats.JSONRelated: PrettyJSONWritable {
    func writePretty(_ out: inout PrettyJSON) {
        out.object {
            $0.field("message", message)
            $0.field("path", path)
            $0.field("range", range)
        }
    }
}

extension OutputFormats.JSONDiagnostic: PrettyJSONWritable {
    func writePretty(_ out: inout PrettyJSON) {
        out.object {
            $0.field("code", code)
            $0.field("fix", fix)
            $0.field("inserted", inserted)
            $0.field("message", message)
            $0.field("range", range)
            $0.field("related", related)
            $0.field("severity", severity)
            $0.field("suppressed", suppressed)
        }
    }
}

extension OutputFormats.JSONFile: PrettyJSONWritable {
    func writePretty(_ out: inout PrettyJSON) {
        out.object {
            $0.field("diagnostics", diagnostics)
            $0.field("path", path)
        }
    }
}
