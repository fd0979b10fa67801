/// A problem found in a note or notebook, with where it is and what to do about it.
package struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    package enum Severity: String, Sendable { case error, warning }

    package var location: SourceLocation
    package var severity: Severity
    package var message: String

    package init(_ location: SourceLocation, _ message: String, severity: Severity = .error) {
        self.location = location
        self.message = message
        self.severity = severity
    }

    /// `notes/x.md:12:3: error: message`, the form editors and compilers use.
    package var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension Diagnostic {
    /// In file and line order, each problem once (a problem may be found by more than one step).
    package static func sortedUnique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.sorted { ($0.location, $0.message) < ($1.location, $1.message) }.filter { seen.insert($0).inserted }
    }
}
