import Foundation
import Synchronization

/// Folders that tests write drafts into, under the system's temporary directory, removed when
/// the test process exits (a test that fails or throws leaves nothing behind either).
public enum ScratchDirectory {
    private static let made = Mutex<[String]>([])
    private static let cleanup: Void = { atexit { ScratchDirectory.removeAll() } }()

    /// A new empty folder whose name starts with `prefix`.
    public static func make(_ prefix: String) throws -> URL {
        _ = cleanup
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        made.withLock { $0.append(dir.path) }
        return dir
    }

    static func removeAll() {
        for path in made.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: path) }
    }
}
