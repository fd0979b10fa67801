import FlyingFox
import FlyingSocks
import Foundation

/// The HTTP side of the preview (FlyingFox): the current site from memory, and the event stream
/// open pages listen on. A path that climbs out of the site is refused with 403.
final class PreviewServer: @unchecked Sendable {
    private let server: HTTPServer
    private let site: @Sendable () -> PreviewSite
    private let events: ReloadEvents
    private var running: Task<Void, Never>?

    init(bind: String, port: UInt16, events: ReloadEvents, site: @escaping @Sendable () -> PreviewSite) throws(PreviewFailure) {
        do {
            server = HTTPServer(address: try .inet(ip4: bind, port: port), timeout: 60, logger: .disabled)
        } catch {
            throw .cannotListen(address: bind, port: port, reason: "not an IPv4 address")
        }
        self.site = site
        self.events = events
    }

    /// Starts listening; returns the port (the one chosen by the system when asked for 0).
    func start(bind: String, port: UInt16) throws(PreviewFailure) -> UInt16 {
        let failure = Failure()
        let server = self.server, events = self.events, site = self.site
        let listening = DispatchSemaphore(value: 0)
        running = Task {
            await server.appendRoute(HTTPRoute("GET \(PreviewPage.eventsPath)")) { _ in Self.eventStream(events) }
            await server.appendRoute(HTTPRoute("GET *")) { request in Self.file(request, site()) }
            await server.appendRoute(HTTPRoute("HEAD *")) { request in Self.file(request, site()) }
            let waiting = Task {
                try? await server.waitUntilListening(timeout: 10)
                listening.signal()
            }
            do { try await server.run() } catch {
                failure.error = error
                waiting.cancel()
                listening.signal()
            }
        }
        listening.wait()
        if let error = failure.error {
            if case .failed(_, let code, _)? = error as? SocketError, code == EADDRINUSE { throw .portInUse(address: bind, port: port) }
            throw .cannotListen(address: bind, port: port, reason: error.localizedDescription)
        }
        let address = DispatchSemaphore(value: 0)
        let actual = Failure()
        Task {
            if case .ip4(_, let chosen)? = await server.listeningAddress { actual.port = chosen }
            address.signal()
        }
        address.wait()
        return actual.port ?? port
    }

    /// Closes the listening socket and every connection, open event streams first.
    func stop() {
        events.finish()
        let done = DispatchSemaphore(value: 0)
        let server = self.server
        Task {
            await server.stop(timeout: 1)
            done.signal()
        }
        done.wait()
        running?.cancel()
    }

    private static func eventStream(_ events: ReloadEvents) -> HTTPResponse {
        HTTPResponse(statusCode: .ok,
                     headers: [.contentType: "text/event-stream", HTTPHeader("Cache-Control"): "no-cache"],
                     body: HTTPBodySequence(from: EventStreamBody(events: events.subscribe())))
    }

    private static func file(_ request: HTTPRequest, _ site: PreviewSite) -> HTTPResponse {
        guard case .file(let path) = RequestPath(request.target.path(percentEncoded: true)) else {
            return HTTPResponse(statusCode: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: Data("refused: the path leaves the site\n".utf8))
        }
        guard let (data, type) = site.body(at: path) else {
            return HTTPResponse(statusCode: .notFound, headers: uncached("text/html; charset=utf-8"), body: site.missingPage(path))
        }
        return HTTPResponse(statusCode: .ok, headers: uncached(type), body: data)
    }

    /// Never cached by the browser: the page changes with every save.
    private static func uncached(_ type: String) -> HTTPHeaders {
        [.contentType: type, HTTPHeader("Cache-Control"): "no-store"]
    }

    /// What the server task reports back to the thread that started it.
    private final class Failure: @unchecked Sendable {
        var error: Error?
        var port: UInt16?
    }
}
