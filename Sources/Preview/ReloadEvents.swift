import Foundation

/// The open pages, each listening on `/_labbook/events`: after every rebuild each is told to
/// reload. Server-Sent Events, so the browser reconnects by itself when the server restarts.
final class ReloadEvents: @unchecked Sendable {
    private let lock = NSLock()
    private var listeners: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]
    private var generation = 0

    /// A new listener's stream of event bytes; it ends when the listener goes away.
    func subscribe() -> AsyncStream<[UInt8]> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(8))
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        lock.withLock {
            listeners[id] = continuation
            // A first comment line makes the response start at once, so a client knows it is connected.
            continuation.yield(Array(": build \(generation)\n\n".utf8))
        }
        return stream
    }

    /// Tells every open page that the site changed.
    func reload() {
        lock.withLock {
            generation += 1
            let event = Array("event: reload\ndata: \(generation)\n\n".utf8)
            for continuation in listeners.values { continuation.yield(event) }
        }
    }

    /// Ends every stream (the server is stopping).
    func finish() {
        let open = lock.withLock { () -> [AsyncStream<[UInt8]>.Continuation] in
            defer { listeners = [:] }
            return Array(listeners.values)
        }
        for continuation in open { continuation.finish() }
    }

    var listenerCount: Int { lock.withLock { listeners.count } }

    private func remove(_ id: UUID) {
        _ = lock.withLock { listeners.removeValue(forKey: id) }
    }
}
