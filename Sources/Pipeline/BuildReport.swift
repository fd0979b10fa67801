import Foundation
import Notes
import Site

/// What a build found and did.
package struct BuildReport {
    package var notebook: Notebook?
    package var planned: PlannedNotebook?
    /// Every problem, in file and line order, each once, with the stage that found it.
    package var found: [StageDiagnostic] = []
    package var training = TrainingOutcome()
    /// Pages rendered.
    package var pages = 0
    /// The rendered site, in memory (the render stage ran).
    package var site: SiteBuilder.Output?
    /// Where the site was written (the write stage ran).
    package var output: URL?
    /// Problems already shown (those found before training started).
    var shown: Set<Diagnostic> = []

    package var errors: Int { found.filter(\.isError).count }
    package var notes: Int { notebook?.notes.count ?? upToDate?.notes ?? 0 }
    /// Set when nothing the build reads had changed since the last one wrote the site, which is
    /// still as written: that build's notes, pages and problems, and nothing done.
    package var upToDate: (notes: Int, pages: Int)?

    func finished() -> BuildReport {
        var report = self
        report.found = StageDiagnostic.sortedUnique(found)
        return report
    }

    /// The problems not yet shown (those found before training were shown then).
    package var unreported: [StageDiagnostic] { found.filter { !shown.contains($0.diagnostic) } }
}
