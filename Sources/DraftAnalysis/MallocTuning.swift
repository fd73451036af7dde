#if canImport(Glibc)
// glibc's mallopt and malloc_trim (malloc.h, which the Glibc module does not export).
@_silgen_name("mallopt") private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
@_silgen_name("malloc_trim") private func glibcMallocTrim(_ pad: Int) -> Int32
#endif

/// glibc's allocator, tuned where a measurement showed it mattered; with another C library
/// these do nothing.
public enum MallocTuning {
    /// For the server: two arenas, not glibc's eight per core. Each arena keeps the top of its
    /// heap when a closed draft is freed (with eight, 24 MB stayed after a 10 MB draft was closed,
    /// 17 before it was opened; with two, 18-19). With one, the workers of a keystroke and the
    /// thread freeing the snapshot it replaced all waited on one lock (a 10 MB keystroke took
    /// 1.07x as long: 27.7 against 25.8 ms, interleaved).
    public static func limitArenas() {
        #if canImport(Glibc)
        _ = glibcMallopt(-8, 2)  // M_ARENA_MAX
        #endif
    }

    /// For `check`: large blocks (a draft's bytes, its lines, its report's parts) from the heap,
    /// not from fresh mappings, so that freed ones are reused instead of unmapped and faulted in
    /// again (750 of the 11,000 page faults of checking a 10 MB draft). The process ends soon after.
    public static func keepLargeBlocksInHeap() {
        #if canImport(Glibc)
        _ = glibcMallopt(-3, 64 << 20)  // M_MMAP_THRESHOLD
        #endif
    }

    /// Hands freed memory back to the system: glibc keeps it in its arenas otherwise.
    public static func returnFreedMemory() {
        #if canImport(Glibc)
        _ = glibcMallocTrim(0)
        #endif
    }
}
