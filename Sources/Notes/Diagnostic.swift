/// A problem found in a note or notebook, with where it is and what to do about it.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var location: SourceLocation
    public var severity: Severity
    public var message: String

    public init(_ location: SourceLocation, _ message: String, severity: Severity = .error) {
        self.location = location
        self.message = message
        self.severity = severity
    }

    /// `notes/x.md:12:3: error: message`, the form editors and compilers use.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension Diagnostic {
    /// In file and line order, each problem once (a problem may be found by more than one step).
    public static func sortedUnique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.sorted { ($0.location, $0.message) < ($1.location, $1.message) }.filter { seen.insert($0).inserted }
    }
}
