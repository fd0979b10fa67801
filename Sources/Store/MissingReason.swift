/// Why a trial has no record: staleness is said out loud, never silent.
package enum MissingReason: Sendable, Hashable, CustomStringConvertible {
    /// Never trained: the experiment is new.
    case new
    /// Other seeds of this configuration are in the store.
    case newSeed
    /// The experiment has other trials in the store, not this configuration.
    case newSweepValue
    /// The experiment's trials in the store were trained with other values of keys it does not
    /// sweep (`steps: 1000` became `2000`): the closest stored configuration, and what differs.
    case changed([ConfigChange])
    /// The same trial was trained by an older engine whose numbers differ.
    case numericsChanged(from: Int, to: Int)
    /// The same trial was trained on different dataset files.
    case datasetChanged
    /// The same command trial was trained with other content in these `code:` and `env:` files.
    case codeChanged(code: [String], env: [String])
    /// The same downstream trial (`from:`) was trained from another upstream trial: the upstream
    /// experiment changed.
    case upstreamChanged
    /// The record exists but cannot be read.
    case unreadable(path: String, reason: String)
    /// `--rerun` selected it.
    case rerun

    package var description: String {
        switch self {
        case .new: return "new experiment"
        case .newSeed: return "new seed"
        case .newSweepValue: return "new sweep value"
        case .changed(let changes): return "changed: " + changes.map(\.description).joined(separator: ", ")
        case .numericsChanged(let from, let to): return "engine numerics changed (stored with version \(from), now \(to))"
        case .datasetChanged: return "dataset files changed"
        case .codeChanged(let code, let env):
            let parts = (code.isEmpty ? [] : ["code changed: " + code.joined(separator: ", ")])
                + (env.isEmpty ? [] : ["env changed: " + env.joined(separator: ", ")])
            return parts.isEmpty ? "code changed" : parts.joined(separator: "; ")
        case .upstreamChanged: return "upstream changed"
        case .unreadable(let path, let reason): return "record \(path) is unreadable: \(reason)"
        case .rerun: return "rerun requested"
        }
    }

    /// The reason as a page counts it: one phrase per kind, no file names.
    package var summary: String {
        if case .unreadable = self { return "unreadable record" }
        if case .codeChanged = self { return "code changed" }
        return description
    }
}
