import Foundation
import Planning
import Store
import Testing

/// A script under Tests/LabbookTests/Fixtures/commands, copied into a notebook's `scripts/`.
func copyFixture(_ name: String, into folder: ScratchFolder, as path: String? = nil) throws {
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/commands/\(name)")
    try folder.write(path ?? "scripts/\(name)", try String(contentsOf: source, encoding: .utf8))
}

/// A note with `experiments` (directive bodies) and whatever else follows them.
func commandNote(_ experiments: [String], then rest: String = "") -> String {
    """
    ---
    title: Own script
    date: 2026-01-01
    ---
    ## 2026-01-01

    Prose about the runs.

    """ + experiments.map { "```experiment\n\($0)\n```\n\n" }.joined() + rest
}

/// The law sweep: widths × learning rates × 2 seeds through scripts/law.py.
let lawExperiment = """
    id: law
    command: python3 scripts/law.py
    code: [scripts/law.py]
    width: [16, 64, 256, 1024]
    lr: [1e-3, 1e-2]
    steps: 100
    seeds: 2
    higher_is_better: [top1]
    """

/// Every record in the store, decoded.
func decodedRecords(in folder: ScratchFolder) throws -> [TrialRecord] {
    try records(in: folder).values.map(TrialRecord.decode)
}

@Suite(.serialized) struct CommandTrialTests {
    @Test func aSweepOfTheResearchersOwnScriptRunsEndToEndIntoAFittedPlot() throws {
        let folder = try ScratchFolder()
        try copyFixture("law.py", into: folder)
        try folder.write("notes/own.md", commandNote([lawExperiment], then: """
            ```plot
            id: law-fit
            experiment: law
            x: width
            y: test_loss
            best_over: lr
            scale: log-log
            fit: power-law+offset
            ```

            ```table
            experiment: law
            rows: width
            columns: [test_loss, top1]
            ```

            The best top-1 is {{< value "law.best.top1" >}}; the exponent {{< value "law-fit.b" >}}.
            """))
        let build = try LabbookProcess.run(["build", "--root", folder.url.path, "--jobs", "2"])
        #expect(build.status == 0, "\(build.stdout)\(build.stderr)")
        #expect(build.stdout.contains("training 16 trials"))

        let stored = try decodedRecords(in: folder)
        #expect(stored.count == 16)
        for record in stored {
            #expect(record.status == .ok)
            #expect(record.metrics["threads_agree"] == 1, "OMP, MKL and OpenBLAS threads are the trial's")
            #expect(record.metrics["key_length"] == 64, "LABBOOK_TRIAL holds the trial's key")
            #expect(record.metrics["cwd_is_root"] == 1, "the command runs from the notebook's root")
            #expect(record.curve.map(\.step) == [0, 25, 50, 75, 100], "the curve is LABBOOK_CURVE's")
            #expect(record.metrics["best_val_loss"] == record.curve.compactMap(\.valLoss).min())
            #expect(record.metrics["best_top1"] == record.curve.compactMap { $0.value(of: "top1") }.max(), "top1 is declared higher-better")
            #expect(record.wallSeconds > 0 && record.threads == 1 && !record.provenance.host.isEmpty)
            #expect(record.provenance.experiment == "own/law")
        }

        let page = try #require(folder.read("site/notes/own.html"))
        #expect(page.contains("<svg"), "the plot is drawn")
        #expect(page.contains("Fit: "), "with its fitted law")
        #expect(!page.contains("has no"), "every value resolves")
        // The widest model has the lowest loss and, declared higher-better, the best top1: both bold.
        let widest = try #require(page.split(separator: "\n").first { $0.contains(">1024</th>") })
        #expect(widest.components(separatedBy: "class=\"best\"").count == 3, "\(widest)")
        // `law.best.top1` is the highest mean over seeds: the widest model at the better rate.
        let quoted = try #require(page.range(of: "The best top-1 is <span class=\"value\">")).upperBound
        let value = try #require(Double(page[quoted...].prefix { $0 != "<" }))
        let widestBest = stored.filter { $0.inputs.configValues["width"] == .int(1024) && $0.inputs.configValues["lr"] == .double(1e-3) }
        #expect(widestBest.count == 2)
        #expect(abs(value - widestBest.map { $0.metrics["top1"]! }.reduce(0, +) / 2) < 1e-3, "\(value)")

        // Nothing changed: nothing trains again.
        let again = try LabbookProcess.run(["build", "--root", folder.url.path])
        #expect(again.status == 0)
        #expect(!again.stdout.contains("training"), "\(again.stdout)")
    }

    @Test func editingTheScriptRetrainsExactlyItsTrialsAndEditingProseNothing() throws {
        let folder = try ScratchFolder()
        try copyFixture("law.py", into: folder)
        try copyFixture("law.py", into: folder, as: "scripts/other/law.py")
        let other = """
            id: other
            command: python3 scripts/other/law.py
            code: [scripts/other/]
            width: 32
            lr: 1e-3
            steps: 20
            seeds: 3
            """
        let note = commandNote([lawExperiment, other])
        try folder.write("notes/own.md", note)
        let first = try LabbookProcess.run(["build", "--root", folder.url.path, "--jobs", "2"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("training 19 trials"))

        try folder.write("notes/own.md", note.replacingOccurrences(of: "Prose about the runs.", with: "Prose, rewritten."))
        let prose = try LabbookProcess.run(["build", "--root", folder.url.path])
        #expect(prose.status == 0)
        #expect(!prose.stdout.contains("training"), "editing prose retrains nothing: \(prose.stdout)")

        let before = records(in: folder)
        try folder.write("scripts/law.py", try #require(folder.read("scripts/law.py")) + "\n# tuned the schedule\n")
        let status = try LabbookProcess.run(["status", "--root", folder.url.path])
        #expect(status.stdout.contains("own/law: 16 trials — 0 done, 0 diverged, 0 failed, 16 missing"), "\(status.stdout)")
        #expect(status.stdout.components(separatedBy: ": code changed: scripts/law.py").count == 17, "each trial says why: \(status.stdout)")
        #expect(status.stdout.contains("own/other: 3 trials — 3 done"), "\(status.stdout)")

        let rebuilt = try LabbookProcess.run(["build", "--root", folder.url.path, "--jobs", "2"])
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        #expect(rebuilt.stdout.contains("training 16 trials"), "\(rebuilt.stdout)")
        let after = records(in: folder)
        #expect(after.count == before.count + 16, "the old records stay: they are other trials")
        // A file added to a folder under `code:` changes that experiment's keys too.
        try folder.write("scripts/other/helpers.py", "SCALE = 2\n")
        let added = try LabbookProcess.run(["status", "--root", folder.url.path])
        #expect(added.stdout.contains("missing seed 0: code changed: scripts/other/helpers.py"), "\(added.stdout)")
        #expect(added.stdout.contains("own/law: 16 trials — 16 done"), "\(added.stdout)")
    }

    @Test func aCodePathThatDoesNotExistIsAnErrorAtItsPosition() throws {
        let folder = try ScratchFolder()
        try copyFixture("law.py", into: folder)
        try folder.write("notes/own.md", commandNote(["""
            id: law
            command: python3 scripts/law.py
            code: [scripts/law.py, scripts/models/]
            width: 16
            """]))
        let check = try LabbookProcess.run(["check", "--root", folder.url.path])
        #expect(check.status == 1)
        // The experiment starts on line 9; `code:` is its third line, `scripts/models/` at column 24.
        #expect(check.stderr.contains("notes/own.md:11:24: error: 'code' names 'scripts/models', which does not exist"), "\(check.stderr)")

        // An experiment's own Slurm settings are checked where they are written, as labbook.yml's are.
        try folder.write("notes/own.md", commandNote(["""
            id: law
            command: python3 scripts/law.py
            code: scripts/law.py
            width: 16
            slurm: {cpus_per_task: 0}
            """]))
        let slurm = try LabbookProcess.run(["check", "--root", folder.url.path])
        #expect(slurm.status == 1)
        #expect(slurm.stderr.contains("notes/own.md:13:24: error: 'slurm.cpus_per_task' must be a whole number of at least 1"), "\(slurm.stderr)")
    }
}

