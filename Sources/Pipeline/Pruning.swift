import Execution
import Foundation
import Store

/// `labbook prune`: the records no experiment asks for any more, listed, and removed only when
/// asked. Refused while an experiment has errors, whose records would look unused.
package struct Pruning {
    package let planned: PlannedNotebook

    package init(_ planned: PlannedNotebook) { self.planned = planned }

    /// `results/8e/8e…json`, with the experiment that made it.
    package var candidates: [(path: String, record: TrialRecord)] {
        planned.unusedRecords().map { record in
            let url = planned.store.url(for: record.key)
            return ("\(planned.notebook.config.results)/\(url.deletingLastPathComponent().lastPathComponent)/\(url.lastPathComponent)", record)
        }.sorted { $0.path < $1.path }
    }

    /// Removes them (and any failure kept beside them), under the notebook's lock.
    package func remove() throws(BuildFailure) -> Int {
        guard !planned.hasPlanErrors else {
            throw .failed("an experiment has errors, so its records cannot be told from unused ones; fix them (labbook check) and prune again")
        }
        let lock: NotebookLock
        do { lock = try NotebookLock(notebook: planned.notebook.root) } catch { throw .failed("\(error)") }
        defer { withExtendedLifetime(lock) {} }
        var removed = 0
        for (_, record) in candidates {
            do {
                try FileManager.default.removeItem(at: planned.store.url(for: record.key))
                try? FileManager.default.removeItem(at: planned.store.failureURL(for: record.key))
                removed += 1
            } catch {
                throw .failed("cannot remove \(planned.store.url(for: record.key).path): \(error.localizedDescription) (\(removed) removed)")
            }
        }
        return removed
    }
}
