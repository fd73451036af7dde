import DraftSyntax

extension Array {
    /// The indices of the elements whose `start` lies inside `r`, in an array sorted by it, found
    /// by bisection: an instrument's or a paragraph's share of the document's citations, marks and
    /// references without a scan.
    func indices(startingIn r: ByteRange, start: (Element) -> Int) -> Range<Int> {
        func first(atOrAfter offset: Int) -> Int {
            var lo = 0, hi = count
            while lo < hi {
                let mid = (lo + hi) / 2
                if start(self[mid]) < offset { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        let lo = first(atOrAfter: r.start)
        return lo..<Swift.max(lo, first(atOrAfter: r.end))
    }

    func elements(startingIn r: ByteRange, start: (Element) -> Int) -> ArraySlice<Element> {
        self[indices(startingIn: r, start: start)]
    }
}
