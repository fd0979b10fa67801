import Execution
import Foundation
import Planning

/// What a command asks of a build.
public struct BuildOptions: Sendable {
    /// Publish draft notes (and train their experiments).
    public var drafts = false
    /// Plan and analyse drafts even when they are not published (`check` checks everything).
    public var checkDrafts = false
    /// The experiments to train (`labbook run SELECTOR…`); empty: all.
    public var only: [String] = []
    /// Trials to retrain and overwrite (`--rerun`).
    public var rerun: [String] = []
    /// Worker processes at once (default: labbook.yml's `jobs`, else the number of cores).
    public var jobs: Int?
    public var executor: Executor = .local
    /// With Slurm: submit and return without waiting.
    public var detach = false
    /// The command line's Slurm settings, on top of labbook.yml's `slurm:`.
    public var slurm: @Sendable (SlurmOptions) -> SlurmOptions = { $0 }
    /// Where the site goes (default: labbook.yml's `output`, relative to the notebook).
    public var output: String?

    public enum Executor: String, Sendable, CaseIterable { case local, slurm }

    public init() {}

    /// Whether the experiments of drafts are planned, trained and analysed.
    var planDrafts: Bool { drafts || checkDrafts }
}
