/// Where a .docx keeps its parts: the main document named by the package's relationships
/// (`_rels/.rels`), and its footnotes, numbering and styles by the document's own
/// (`word/_rels/document.xml.rels`). Packages without relationships use Word's usual names.
struct WordPackage {
    var document = "word/document.xml"
    var footnotes = "word/footnotes.xml"
    var numbering = "word/numbering.xml"
    var styles = "word/styles.xml"

    init(_ zip: ZipArchive) {
        if let target = Self.targets(zip, "_rels/.rels", base: "")["officeDocument"] { document = target }
        let folder = document.contains("/") ? String(document[...document.lastIndex(of: "/")!]) : ""
        let name = document.split(separator: "/").last.map(String.init) ?? document
        let related = Self.targets(zip, folder + "_rels/" + name + ".rels", base: folder)
        footnotes = related["footnotes"] ?? folder + "footnotes.xml"
        numbering = related["numbering"] ?? folder + "numbering.xml"
        styles = related["styles"] ?? folder + "styles.xml"
    }

    /// Relationship type (its last path segment) → target part, resolved against `base`.
    private static func targets(_ zip: ZipArchive, _ rels: String, base: String) -> [String: String] {
        guard let bytes = try? zip.read(rels) else { return [:] }
        var reader = XMLReader(bytes)
        var out: [String: String] = [:]
        while let event = try? reader.next() {
            guard case .start(let name, let attributes, _) = event, name.local == "Relationship",
                  let type = attributes[XMLReader.Name(namespace: "", local: "Type")], let target = attributes[XMLReader.Name(namespace: "", local: "Target")],
                  attributes[XMLReader.Name(namespace: "", local: "TargetMode")] != "External" else { continue }
            let kind = String(type.split(separator: "/").last ?? "")
            if out[kind] == nil { out[kind] = resolve(target, base: base) }
        }
        return out
    }

    /// `target` as a name in the archive: absolute ("/word/x.xml") or relative to `base`, "../" followed.
    static func resolve(_ target: String, base: String) -> String {
        var parts = target.hasPrefix("/") ? [] : base.split(separator: "/").map(String.init)
        for segment in target.split(separator: "/") {
            if segment == ".." { _ = parts.popLast() } else if segment != "." { parts.append(String(segment)) }
        }
        return parts.joined(separator: "/")
    }
}
