import Foundation
import Notes
import Store

/// The notebook's git state, read again only when `.git/HEAD` or `.git/index` changed: `git` is
/// two processes per build, a good part of a `serve` rebuild. Edits to tracked files without
/// staging may leave the dirty flag stale until the next commit or `git add`.
final class GitMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var last: (stamps: [FileStamp?], state: GitState?)?

    func state(at root: URL) -> GitState? {
        let git = root.appendingPathComponent(".git")
        let stamps = [FileStamp(path: git.appendingPathComponent("HEAD").path), FileStamp(path: git.appendingPathComponent("index").path)]
        // Without a .git folder here (a notebook inside a larger repository), always ask git.
        if stamps.allSatisfy({ $0 != nil }), let last = lock.withLock({ last }), last.stamps == stamps { return last.state }
        let state = GitState.read(at: root)
        lock.withLock { last = (stamps, state) }
        return state
    }
}
