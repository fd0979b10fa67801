/// A number quoted in prose with `{{< value "id.path" >}}`, as `value.mustache` shows it.
package enum QuotedValue: Sendable, Equatable {
    /// The formatted number, "0.32".
    case number(String)
    /// The directive it names has no results yet.
    case pending
    /// The path names nothing; the reason is also reported as a diagnostic.
    case error(String)

    func templateContext(path: String) -> [String: Any] {
        switch self {
        case .number(let text): ["ok": true, "pending": false, "error": false, "path": path, "number": text]
        case .pending: ["ok": false, "pending": true, "error": false, "path": path]
        case .error(let message): ["ok": false, "pending": false, "error": true, "path": path, "message": message]
        }
    }
}
