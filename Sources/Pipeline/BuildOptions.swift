import Execution
import Foundation
import Planning

/// What a command asks of a build.
package struct BuildOptions: Sendable {
    /// Publish draft notes (and train their experiments).
    package var drafts = false
    /// Plan and analyse drafts even when they are not published (`check` checks everything).
    package var checkDrafts = false
    /// The experiments to train (`labbook run SELECTOR…`); empty: all.
    package var only: [String] = []
    /// Trials to retrain and overwrite (`--rerun`).
    package var rerun: [String] = []
    /// Worker processes at once (default: labbook.yml's `jobs`, else the number of cores).
    package var jobs: Int?
    package var executor: Executor = .local
    /// With Slurm: submit and return without waiting.
    package var detach = false
    /// The command line's Slurm settings, on top of labbook.yml's `slurm:`.
    package var slurm: @Sendable (SlurmOptions) -> SlurmOptions = { $0 }
    /// Where the site goes (default: labbook.yml's `output`, relative to the notebook).
    package var output: String?

    package enum Executor: String, Sendable, CaseIterable { case local, slurm }

    package init() {}

    /// Whether the experiments of drafts are planned, trained and analysed.
    var planDrafts: Bool { drafts || checkDrafts }
}
