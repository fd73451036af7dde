import Foundation
import Testing
import TestSupport

/// Spawns the built `itudraft` binary, the way users and editors run it.
enum Binary {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable next to the test bundle (swift test builds it), or $ITUDRAFT_BIN.
    static let url: URL = {
        if let env = ProcessInfo.processInfo.environment["ITUDRAFT_BIN"] { return URL(fileURLWithPath: env) }
        return built("itudraft")
    }()

    /// A product of this package built beside the test bundle.
    static func built(_ name: String) -> URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/\(name)")
    }

    struct Result {
        let status: Int32
        /// Standard output as bytes, for output that need not be UTF-8.
        let stdoutData: Data
        let stderr: String
        var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    }

    /// A write to a child that has exited is an error to the writer, not SIGPIPE to the test process.
    static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    struct TimedOut: Error, CustomStringConvertible {
        let args: [String]
        var description: String { "itudraft \(args.joined(separator: " ")) did not finish in time and was killed" }
    }

    /// Runs the binary; one that has not finished within `timeout` seconds is killed and throws
    /// (a hang is a failure, never a stuck test run).
    static func run(_ args: [String], stdin: Data? = nil, environment: [String: String] = ["LANG": "C"], cwd: URL? = nil,
                    timeout: Double = 60, executable: URL = url) throws -> Result {
        _ = ignoreBrokenPipes
        let p = Process()
        p.executableURL = executable
        p.arguments = args
        p.environment = environment
        p.currentDirectoryURL = cwd ?? root
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        // Read both pipes while the child runs so a large output cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter(); DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter(); DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        // A child that exits before reading all its input (a usage error) must not take the test run with it.
        if let stdin { try? input.fileHandleForWriting.write(contentsOf: stdin) }
        try? input.fileHandleForWriting.close()
        let exited = DispatchSemaphore(value: 0)
        p.terminationHandler = { _ in exited.signal() }
        if !p.isRunning { exited.signal() }
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            kill(p.processIdentifier, SIGKILL)
            throw TimedOut(args: args)
        }
        p.waitUntilExit()
        group.wait()
        return Result(status: p.terminationStatus, stdoutData: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        try ScratchDirectory.make("itudraft-test")
    }
}
