import Execution
import Foundation
import Planning
import Store
import Testing

/// Against a real Slurm (CI starts a single-node cluster: Scripts/start-slurm); skipped where none answers.
@Suite(.serialized, .enabled(if: SlurmClient.isAvailable, "needs a running Slurm controller (Scripts/start-slurm)"))
struct SlurmTests {
    @Test func trialsRunUnderSlurmMatchTheLocalExecutorBitForBit() throws {
        let onSlurm = try ScratchFolder(), local = try ScratchFolder()
        for folder in [onSlurm, local] { try folder.write("notes/sweep.md", sweepNote(seeds: 2)) }
        let submitted = try LabbookProcess.run(["run", "--root", onSlurm.url.path, "--executor", "slurm", "--array-parallelism", "2"])
        #expect(submitted.status == 0, "\(submitted.stdout)\(submitted.stderr)")
        #expect(submitted.stdout.contains("submitted 4 trial(s) as Slurm array job"))
        #expect(try LabbookProcess.run(["run", "--root", local.url.path]).status == 0)
        let slurmRecords = records(in: onSlurm), localRecords = records(in: local)
        #expect(slurmRecords.count == 4)
        #expect(Set(slurmRecords.keys) == Set(localRecords.keys), "the same trial keys")
        for (name, bytes) in slurmRecords {
            let a = try TrialRecord.decode(bytes), b = try TrialRecord.decode(try #require(localRecords[name]))
            #expect(a.status == .ok)
            #expect(a.metrics == b.metrics && a.curve == b.curve, "\(name): identical numbers")
        }
    }

    @Test func commandTrialsRunInJobArraysWithTheirExperimentsOwnSettings() throws {
        let onSlurm = try ScratchFolder(), local = try ScratchFolder()
        let wide = """
            id: wide
            command: python3 scripts/law.py
            code: [scripts/law.py]
            width: 512
            lr: 1e-3
            steps: 40
            seeds: 2
            slurm: {cpus_per_task: 2}
            """
        for folder in [onSlurm, local] {
            try copyFixture("law.py", into: folder)
            try folder.write("notes/own.md", commandNote([lawExperiment.replacingOccurrences(of: "width: [16, 64, 256, 1024]", with: "width: [16, 64]"), wide]))
        }
        let submitted = try LabbookProcess.run(["run", "--root", onSlurm.url.path, "--executor", "slurm"])
        #expect(submitted.status == 0, "\(submitted.stdout)\(submitted.stderr)")
        #expect(submitted.stdout.contains("submitted 10 trial(s) as Slurm array jobs"), "one array per set of settings: \(submitted.stdout)")
        let scripts = try FileManager.default.contentsOfDirectory(atPath: onSlurm.url.appendingPathComponent(".labbook/slurm").path)
            .filter { $0.hasSuffix(".sh") }.compactMap { onSlurm.read(".labbook/slurm/\($0)") }
        #expect(scripts.filter { $0.contains("#SBATCH --cpus-per-task=2") }.count == 1, "\(scripts)")
        #expect(scripts.filter { $0.contains("#SBATCH --cpus-per-task=1") }.count == 1)

        #expect(try LabbookProcess.run(["run", "--root", local.url.path]).status == 0)
        let slurmRecords = records(in: onSlurm), localRecords = records(in: local)
        #expect(slurmRecords.count == 10 && Set(slurmRecords.keys) == Set(localRecords.keys), "the same trial keys")
        for (name, bytes) in slurmRecords {
            let a = try TrialRecord.decode(bytes), b = try TrialRecord.decode(try #require(localRecords[name]))
            #expect(a.status == .ok && a.metrics["threads_agree"] == 1)
            #expect(a.threads == (a.provenance.experiment == "own/wide" ? 2 : 1), "the task's CPUs are the script's threads")
            #expect(a.metrics.filter { $0.key != "threads_agree" } == b.metrics.filter { $0.key != "threads_agree" } && a.curve == b.curve)
        }
    }

    @Test func probesGoInAnArrayAfterTheirUpstreamsArrayAndMatchALocalRun() throws {
        let onSlurm = try ScratchFolder(), local = try ScratchFolder()
        for folder in [onSlurm, local] { try folder.write("notes/transfer.md", transferNote()) }
        let submitted = try LabbookProcess.run(["run", "--root", onSlurm.url.path, "--executor", "slurm"])
        #expect(submitted.status == 0, "\(submitted.stdout)\(submitted.stderr)")
        let upstream = try #require(submitted.stdout.firstMatch(of: /submitted 2 trial\(s\) as Slurm array job (\d+)\n/)?.1)
        #expect(submitted.stdout.contains(try Regex("submitted 8 trial\\(s\\) as Slurm array job \\d+, after job \(upstream)")), "\(submitted.stdout)")
        let scripts = try FileManager.default.contentsOfDirectory(atPath: onSlurm.url.appendingPathComponent(".labbook/slurm").path).filter { $0.hasSuffix(".sh") }
        let texts = scripts.compactMap { onSlurm.read(".labbook/slurm/\($0)") }
        #expect(texts.filter { $0.contains("#SBATCH --dependency=afterok:\(upstream)\n") }.count == 1)
        #expect(try LabbookProcess.run(["run", "--root", local.url.path, "--jobs", "2"]).status == 0)
        let slurmRecords = records(in: onSlurm), localRecords = records(in: local)
        #expect(slurmRecords.count == 10)
        #expect(Set(slurmRecords.keys) == Set(localRecords.keys))
        for (name, bytes) in slurmRecords {
            let a = try TrialRecord.decode(bytes), b = try TrialRecord.decode(try #require(localRecords[name]))
            #expect(a.status == .ok, "\(a.messageFirstLine)")
            #expect(a.metrics == b.metrics && a.curve == b.curve && a.upstream == b.upstream, "\(name): identical numbers")
        }
    }

    @Test func aCancelledTaskIsRecordedAndResubmittedByTheNextRun() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/sweep.md", sweepNote(seeds: 2, widths: "[64]", steps: 3000))
        // One task at a time: the first runs while the second waits.
        let detached = try LabbookProcess.run(["run", "--root", folder.url.path, "--executor", "slurm", "--detach", "--array-parallelism", "1"])
        #expect(detached.status == 0, "\(detached.stderr)")
        #expect(detached.stdout.contains("2 trial(s) on Slurm"))
        // Submitting again while they are queued submits nothing twice.
        let again = try LabbookProcess.run(["run", "--root", folder.url.path, "--executor", "slurm", "--detach"])
        #expect(!again.stdout.contains("submitted"), "\(again.stdout)")
        #expect(again.stdout.contains("2 trial(s) already queued or running under Slurm"))

        let journal = SlurmJournal.read(notebook: folder.url)
        let first = try #require(journal.submissions.first { $0.task == 0 })
        // Cancel the first while it runs, so Slurm keeps its state.
        let deadline = Date().addingTimeInterval(180)
        while Date() < deadline, try !LabbookProcess.shell("squeue -h -r --me -t RUNNING -o %i").contains(first.taskID) { usleep(200_000) }
        _ = try LabbookProcess.shell("scancel \(first.taskID)")
        while Date() < deadline, try LabbookProcess.shell("squeue -h -r --me -o %i").contains("\(first.job)_") { usleep(500_000) }

        let status = try LabbookProcess.run(["status", "--root", folder.url.path])
        #expect(status.stdout.contains("1 done, 0 diverged, 1 failed, 0 missing"), "\(status.stdout)")
        #expect(status.stdout.contains("Slurm task \(first.taskID) ended CANCELLED"))

        let resubmitted = try LabbookProcess.run(["run", "--root", folder.url.path, "--executor", "slurm"])
        #expect(resubmitted.status == 0, "\(resubmitted.stdout)\(resubmitted.stderr)")
        #expect(resubmitted.stdout.contains("submitted 1 trial(s)"))
        let stored = try records(in: folder).values.map(TrialRecord.decode)
        #expect(stored.map(\.status) == [.ok, .ok])
    }

    @Test func cancelStopsTheNotebooksJobs() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/sweep.md", sweepNote(seeds: 2, widths: "[64]", steps: 20000))
        #expect(try LabbookProcess.run(["run", "--root", folder.url.path, "--executor", "slurm", "--detach"]).status == 0)
        let status = try LabbookProcess.run(["status", "--root", folder.url.path])
        #expect(status.stdout.contains("Slurm job "), "\(status.stdout)")
        let cancel = try LabbookProcess.run(["cancel", "--root", folder.url.path])
        #expect(cancel.stdout.contains("cancelled 2 Slurm task(s)"), "\(cancel.stdout)\(cancel.stderr)")
        let jobs = Set(SlurmJournal.read(notebook: folder.url).submissions.map(\.job))
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, try jobs.contains(where: { job in try LabbookProcess.shell("squeue -h -r --me -o %i").contains("\(job)_") }) {
            usleep(300_000)
        }
        #expect(try LabbookProcess.run(["cancel", "--root", folder.url.path]).stdout.contains("no Slurm jobs"))
    }
}
