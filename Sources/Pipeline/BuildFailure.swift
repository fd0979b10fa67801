import Notes

/// What ends a build before its stages are done. Everything else is a diagnostic.
package enum BuildFailure: Error, CustomStringConvertible {
    /// A problem with a position (no notes folder): reported like any diagnostic.
    case stopped(Diagnostic)
    /// The command line asks for something that is not there (a selector naming no experiment).
    case usage(String)
    /// The work could not be done (the notebook is locked, the site cannot be written).
    case failed(String)

    package var description: String {
        switch self {
        case .stopped(let diagnostic): return diagnostic.description
        case .usage(let message): return message
        case .failed(let message): return "error: \(message)"
        }
    }
}
