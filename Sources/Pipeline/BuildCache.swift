import Figures
import Foundation
import Store

/// What a build keeps from the builds before it: records read from results/ (by file stamp) and
/// drawn figures (by their inputs, also on disk under `.labbook/cache/figures/`). One build makes
/// its own; `serve` gives the same one to every rebuild.
package final class BuildCache: Sendable {
    package let records: RecordCache
    package let figures: FigureCache
    /// The last plan and git state: kept across the rebuilds of `serve`.
    let plans = PlanMemo()
    let git = GitMemo()

    package init(records: RecordCache = RecordCache(), figures: FigureCache) {
        self.records = records
        self.figures = figures
    }

    /// Figures on disk in the notebook's `.labbook/cache/figures/`.
    package convenience init(notebookRoot: URL) {
        self.init(figures: FigureCache(folder: Self.figuresFolder(notebookRoot)))
    }

    package static func figuresFolder(_ root: URL) -> URL {
        root.appendingPathComponent(".labbook/cache/figures")
    }
}
