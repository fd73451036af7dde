/// What the check leaves for the process's end to free: the kernel takes its pages back at once,
/// where freeing a 10 MB draft's tree and findings object by object took 4 ms after the report.
enum LeftForExit {
    nonisolated(unsafe) private static var values: [Any] = []

    /// On the main thread only, as the command ends.
    static func keep(_ kept: Any...) { values += kept }
}
