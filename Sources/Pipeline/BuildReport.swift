import Foundation
import Notes
import Site

/// What a build found and did.
public struct BuildReport {
    public var notebook: Notebook?
    public var planned: PlannedNotebook?
    /// Every problem, in file and line order, each once, with the stage that found it.
    public var found: [StageDiagnostic] = []
    public var training = TrainingOutcome()
    /// Pages rendered.
    public var pages = 0
    /// The rendered site, in memory (the render stage ran).
    public var site: SiteBuilder.Output?
    /// Where the site was written (the write stage ran).
    public var output: URL?
    /// Problems already shown (those found before training started).
    var shown: Set<Diagnostic> = []

    public var errors: Int { found.filter(\.isError).count }
    public var notes: Int { notebook?.notes.count ?? 0 }

    func finished() -> BuildReport {
        var report = self
        report.found = StageDiagnostic.sortedUnique(found)
        return report
    }

    /// The problems not yet shown (those found before training were shown then).
    public var unreported: [StageDiagnostic] { found.filter { !shown.contains($0.diagnostic) } }
}
