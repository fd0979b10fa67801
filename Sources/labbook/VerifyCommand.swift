import ArgumentParser
import Foundation
import Pipeline

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Retrain a sample of committed trials in a scratch folder and compare them bit for bit with their records; results/ is never touched.")

    @OptionGroup var notebook: NotebookOptions
    @OptionGroup var selection: ExperimentSelection

    @Option(help: "How many committed trials to retrain, chosen at random.")
    var sample = 5

    @Option(help: "Chooses the sample: the same seed, the same trials.")
    var seed: UInt64 = 0

    @Option(help: "Trials retrained at once (default: the number of cores).")
    var jobs: Int?

    func validate() throws {
        if sample < 1 { throw ValidationError("--sample must be at least 1") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        guard let (_, planned, only) = try selection.plan(notebook) else { return }
        let jobs = jobs ?? planned.notebook.config.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let outcomes = try Report.failing { () throws(BuildFailure) in
            try Verification(planned).run(only: only, count: sample, seed: seed, jobs: jobs)
        }
        if outcomes.isEmpty { print("nothing to verify: no committed results for these experiments") }
        for outcome in outcomes { print("\(outcome.label): \(outcome.difference.map { "differs: \($0)" } ?? "identical")") }
        let differing = outcomes.filter { $0.difference != nil }.count
        if !outcomes.isEmpty { print("\(outcomes.count - differing) of \(outcomes.count) identical") }
        if differing > 0 { throw ExitCode(1) }
    }
}
