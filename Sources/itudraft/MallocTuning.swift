#if canImport(Glibc)
/// glibc's mallopt (malloc.h, which the Glibc module does not export).
@_silgen_name("mallopt") private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32

/// `check` takes large blocks (a draft's bytes, its lines, its report's parts) from the heap,
/// not from fresh mappings: freed, they are reused instead of unmapped and faulted in again
/// (750 of the 11,000 page faults of checking a 10 MB draft). The process ends soon after.
func keepLargeBlocksInHeap() {
    let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
    _ = glibcMallopt(mmapThreshold, 64 << 20)
}
#else
func keepLargeBlocksInHeap() {}
#endif
