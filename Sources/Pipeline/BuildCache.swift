import Figures
import Foundation
import Site
import Synchronization
import Store

/// What a build keeps from the builds before it: records read from results/ (by file stamp, also
/// on disk in `.labbook/cache/records`) and drawn figures (by their inputs, also on disk under
/// `.labbook/cache/figures/`). One build makes
/// its own; `serve` gives the same one to every rebuild.
package final class BuildCache: Sendable {
    package let records: RecordCache
    package let figures: FigureCache
    /// The last plan and git state: kept across the rebuilds of `serve`.
    let plans = PlanMemo()
    let git = GitMemo()
    /// The last build's store index, and whether `serve` saw nothing change under results/ since.
    private let store = Mutex<(settled: Bool, index: StoreIndex?)>((false, nil))

    /// `serve`, before a rebuild: whether its last look at results/ found nothing new since the
    /// last build. A settled store is not looked at again: the rebuild takes the records as they were.
    package func storeIsSettled(_ settled: Bool) {
        store.withLock { $0.settled = settled }
    }

    /// At the start of a build: unless the store is settled, every record file is looked at again.
    func beginBuild() {
        store.withLock { kept in
            guard !kept.settled else { return }
            records.newLook()
            kept.index = nil
        }
    }

    /// The store's index: the last one when the store is settled, otherwise made anew.
    func index(of results: ResultsStore) -> StoreIndex {
        if let kept = store.withLock({ $0.settled ? $0.index : nil }), kept.store.folder == results.folder { return kept }
        let index = StoreIndex(store: results)
        store.withLock { $0.index = index }
        return index
    }

    /// `serve`'s typesetter, kept while labbook.yml's macros stay the same: formulas typeset once
    /// are not read from disk again, and KaTeX, once started, stays up.
    private let math = Mutex<(macros: [String: String], typesetter: MathTypesetter)?>(nil)
    /// Whether builds share one typesetter (`serve`); otherwise each build makes its own.
    let keepsTypesetter: Bool

    /// The typesetter `serve`'s builds share; nil for other builds.
    func typesetter(root: URL, macros: [String: String]) -> MathTypesetter? {
        guard keepsTypesetter else { return nil }
        return math.withLock { kept in
            if let kept, kept.macros == macros { return kept.typesetter }
            let typesetter = MathTypesetter(notebookRoot: root, macros: macros)
            kept = (macros, typesetter)
            return typesetter
        }
    }

    package init(records: RecordCache = RecordCache(), figures: FigureCache, keepsTypesetter: Bool = false) {
        self.records = records
        self.figures = figures
        self.keepsTypesetter = keepsTypesetter
    }

    /// Figures on disk in the notebook's `.labbook/cache/figures/`, records in `.labbook/cache/records`.
    package convenience init(notebookRoot: URL, keepsTypesetter: Bool = false) {
        self.init(records: RecordCache(snapshot: Self.recordsSnapshot(notebookRoot)),
                  figures: FigureCache(folder: Self.figuresFolder(notebookRoot)), keepsTypesetter: keepsTypesetter)
    }

    package static func recordsSnapshot(_ root: URL) -> URL {
        root.appendingPathComponent(".labbook/cache/records")
    }

    package static func figuresFolder(_ root: URL) -> URL {
        root.appendingPathComponent(".labbook/cache/figures")
    }
}
