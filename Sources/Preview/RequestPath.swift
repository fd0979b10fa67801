import Foundation

/// A request's path as a file of the site, or a refusal. The site is served from memory, so no
/// path can reach the disk; still, a path that tries to climb (`..`, also percent-encoded, or a
/// backslash) is refused outright rather than looked up.
enum RequestPath: Equatable {
    case file(String)
    case refused

    init(_ raw: String) {
        let withoutQuery = raw.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        // Decoded twice: `%252e%252e` must not become `..` in a later step either.
        guard let once = withoutQuery.removingPercentEncoding else { self = .refused; return }
        let twice = once.removingPercentEncoding ?? once
        for text in [withoutQuery, once, twice] where text.contains("\\") || text.contains("\0") {
            self = .refused; return
        }
        let parts = once.split(separator: "/", omittingEmptySubsequences: true)
        let twiceParts = twice.split(separator: "/", omittingEmptySubsequences: true)
        if parts.contains(where: { $0 == ".." || $0 == "." }) || twiceParts.contains(where: { $0 == ".." }) {
            self = .refused; return
        }
        var path = parts.joined(separator: "/")
        if path.isEmpty || once.hasSuffix("/") { path += path.isEmpty ? "index.html" : "/index.html" }
        self = .file(path)
    }
}
