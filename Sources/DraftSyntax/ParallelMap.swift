import Dispatch

/// Texts from this size on are scanned on every core: below it, handing the work over costs
/// more than it saves (and a folder's check already keeps every core busy with its files).
public let parallelScanFrom = 1 << 20

/// `transform` applied to each of `0..<count`, results in order; on every core when `parallel`,
/// in contiguous chunks (more chunks than cores, so that a core that drew short work takes another).
@inlinable
public func orderedMap<T>(_ count: Int, parallel: Bool, _ transform: (Int) -> T) -> [T] {
    guard parallel, count > 1 else { return (0..<count).map(transform) }
    let chunks = min(count, 16)
    return withoutActuallyEscaping(transform) { transform in
        // Each chunk initialises only its own elements; `transform` only reads what it is given.
        nonisolated(unsafe) let transform = transform
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let base = buffer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                for i in (c * count / chunks)..<((c + 1) * count / chunks) { (base + i).initialize(to: transform(i)) }
            }
            initialized = count
        }
    }
}

/// A value computed on another thread when `inParallel`, else when first read; read on the
/// thread that made it, which waits for the other thread if need be.
public final class Later<Value: Sendable>: @unchecked Sendable {
    private var computed: Value?
    private let group = DispatchGroup()
    private let compute: @Sendable () -> Value

    public init(inParallel: Bool, _ compute: @escaping @Sendable () -> Value) {
        self.compute = compute
        if inParallel { DispatchQueue.global(qos: .userInitiated).async(group: group) { self.computed = compute() } }
    }

    public var value: Value {
        group.wait()
        if let computed { return computed }
        let v = compute()
        computed = v
        return v
    }
}
