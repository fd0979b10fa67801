import Planning

/// Where a planned trial stands against the results store.
package enum TrialState: Sendable {
    /// Trained: `ok` or `diverged` (a diverged run is a result).
    case done(TrialRecord)
    case failed(TrialRecord)
    case missing(MissingReason)

    package var record: TrialRecord? {
        switch self {
        case .done(let record), .failed(let record): return record
        case .missing: return nil
        }
    }
}
