import Foundation

/// Trial keys already worked out in this process, by their inputs. Equal inputs have equal
/// canonical JSON, so a key is computed once: `serve` plans the whole notebook again after every
/// save that moves a directive, and encoding the JSON is most of planning.
final class TrialKeyMemo: @unchecked Sendable {
    static let shared = TrialKeyMemo()
    private let lock = NSLock()
    private var keys: [TrialInputs: String] = [:]

    func key(_ inputs: TrialInputs, compute: (TrialInputs) -> String) -> String {
        if let known = lock.withLock({ keys[inputs] }) { return known }
        let key = compute(inputs)
        lock.withLock { keys[inputs] = key }
        return key
    }
}
