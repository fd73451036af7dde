import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Where replies go. One writer: every message is written whole under one lock.
public protocol MessageSink: Sendable {
    func send(_ body: [UInt8])
}

/// Writes framed messages to a file descriptor (the real stdout, duplicated before fd 1 was
/// pointed at stderr so that stray prints cannot corrupt the protocol).
public final class FileDescriptorSink: MessageSink {
    private let fd: Int32
    private let lock = Mutex(())

    public init(fd: Int32) { self.fd = fd }

    public func send(_ body: [UInt8]) {
        let framed = MessageFramer.frame(body)
        lock.withLock { _ in
            framed.withUnsafeBytes { buf in
                var done = 0
                while done < buf.count {
                    let n = write(fd, buf.baseAddress! + done, buf.count - done)
                    if n < 0 {
                        if errno == EINTR { continue }
                        // The client is gone (its pipe closed): nothing can be answered any more.
                        let line = "itudraft: cannot write to the client (\(String(cString: strerror(errno)))); exiting\n"
                        _ = line.withCString { write(2, $0, strlen($0)) }
                        exit(1)
                    }
                    done += n
                }
            }
        }
    }
}

/// Reads stdin with a buffered read(2) loop on a thread of its own (never inside a Task:
/// a blocking read must not hold a cooperative thread) and hands framed bodies on.
public enum StdinReader {
    /// False when the reading thread could not be started.
    @discardableResult
    public static func start(fd: Int32, onBody: @escaping @Sendable ([UInt8]) -> Void,
                             onBadHeader: @escaping @Sendable (String) -> Void,
                             onEnd: @escaping @Sendable () -> Void) -> Bool {
        let thread = Thread {
            var framer = MessageFramer()
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                for output in framer.feed(buffer[0..<n]) {
                    switch output {
                    case .message(let body): onBody(body)
                    case .badHeader(let h): onBadHeader(h)
                    }
                }
            }
            onEnd()
        }
        return thread.start()
    }
}

/// A minimal thread wrapper over pthreads (FoundationEssentials has no Thread).
final class Thread: @unchecked Sendable {
    private let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }

    /// Starts the thread; false (and nothing runs) when the system refuses one.
    @discardableResult
    func start() -> Bool {
        let box = Unmanaged.passRetained(self)
        var tid = pthread_t()
        let status = pthread_create(&tid, nil, { arg in
            let t = Unmanaged<Thread>.fromOpaque(arg!).takeRetainedValue()
            t.body()
            return nil
        }, box.toOpaque())
        guard status == 0 else {
            box.release()
            return false
        }
        pthread_detach(tid)
        return true
    }
}
