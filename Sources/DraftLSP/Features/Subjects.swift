import DraftAnalysis
import DraftSyntax

/// What the cursor is on, for hover, definition, references and highlights.
enum Subject {
    case reference(ResolvedReference)
    case citation(Citation)
    case heading(Section)
    case label(Item, Section)
    case pending(PendingText, Instrument?)
    /// An instrument's own title.
    case title(Instrument)
}

extension Snapshot {
    func subject(at offset: Int) -> Subject? {
        if let r = references.first(where: { $0.reference.range.touches(offset) }) { return .reference(r) }
        if let c = document.citations.first(where: { $0.range.touches(offset) }) { return .citation(c) }
        for inst in document.instruments where inst.range.touches(offset) {
            if inst.titleLines.contains(where: { $0.touches(offset) }) { return .title(inst) }
            for s in inst.sections {
                if s.heading.range.touches(offset) { return .heading(s) }
                var found: Item?
                for item in s.items { item.walk { i, _ in if i.label?.range.touches(offset) == true { found = i } } }
                if let f = found { return .label(f, s) }
            }
        }
        if let p = document.pending.last(where: { $0.range.contains(offset) }) {
            return .pending(p, document.instrument(containing: offset))
        }
        return nil
    }

    /// The items a resolved reference names (missing targets left out).
    func items(of r: ResolvedReference) -> [Item] { r.items.compactMap { $0 } }

    /// Every reference whose target is `item` (or any item of `section` when `item` is nil).
    func references(to section: Section, item: Item?) -> [ResolvedReference] {
        referenceIndex.references(to: section, item: item)
    }
}

/// Every reference grouped by what it names, built in one pass: code lens asks for all items at
/// once. A range (第2-4段) names every item from its first end to its last.
struct ReferenceIndex {
    private(set) var toSection: [Int: [ResolvedReference]] = [:]
    private(set) var toItem: [Int: [ResolvedReference]] = [:]

    init(_ snap: Snapshot) {
        // Items of each section in document order, to find what a range spans.
        var itemsBySection: [Int: [Item]] = [:]
        for inst in snap.document.instruments {
            for s in inst.sections {
                var all: [Item] = []
                for top in s.items { top.walk { item, _ in all.append(item) } }
                itemsBySection[s.range.start] = all.sorted { $0.range.start < $1.range.start }
            }
        }
        for r in snap.references {
            guard let s = r.section else { continue }
            toSection[s.range.start, default: []].append(r)
            if r.reference.isRange, r.items.count == 2, let a = r.items[0], let b = r.items[1] {
                for item in itemsBySection[s.range.start] ?? [] where a.range.start <= item.range.start && item.range.start <= b.range.start {
                    toItem[item.range.start, default: []].append(r)
                }
            } else {
                for item in Set(r.items.compactMap { $0?.range.start }) { toItem[item, default: []].append(r) }
            }
        }
    }

    func references(to section: Section, item: Item?) -> [ResolvedReference] {
        guard let item else { return toSection[section.range.start] ?? [] }
        return toItem[item.range.start] ?? []
    }
}

extension Item {
    /// The item's first line: where a jump lands and what a highlight marks.
    func headRange(_ text: SourceText) -> ByteRange {
        let lineEnd = text.lines.contentRange(ofLine: text.lines.line(of: range.start)).end
        return ByteRange(range.start, min(max(range.start, lineEnd), range.end))
    }
}
