import Experiments
import Notes
import Site
import Numerics

/// An experiment's place in its page: a summary of its trials, and its best results for prose.
enum ExperimentBoxes {
    static func box(_ summary: ExperimentSummary, _ planned: PlannedExperiment) -> String {
        let box = ExperimentBox(
            id: planned.experiment.id, total: summary.total, ok: summary.ok, diverged: summary.diverged,
            failed: summary.failed, missing: summary.missing, trainedNow: summary.trainedNow,
            missingReasons: summary.missingReasons.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            best: summary.best.map { ($0.metric, NumberFormat.quoted.string($0.value), "\($0.configuration) (mean of \($0.seeds) seed\($0.seeds == 1 ? "" : "s"))") })
        return box.html(id: planned.experiment.id, body: planned.experiment.body)
    }
}

/// Per note with experiments: where its numbers came from, for the foot of its page.
enum NoteProvenance {
    static func byNote(lookup: ExperimentLookup, git: GitState?) -> [String: String] {
        var byNote: [String: [PlannedTrial]] = [:]
        for planned in lookup.plan.experiments { byNote[planned.experiment.notePath, default: []] += planned.trials }
        var result: [String: String] = [:]
        for (path, trials) in byNote {
            var stored = 0, now = 0
            for trial in trials where lookup.index.state(of: trial).record != nil {
                stored += 1
                if lookup.trainedNow.contains(trial.key) { now += 1 }
            }
            var text = "Results on this page: \(stored) of \(trials.count) trial\(trials.count == 1 ? "" : "s") in the results store"
            text += now > 0 ? " (\(now) trained in this build)" : " (none trained in this build)"
            text += "; labbook \(LabbookVersion.string)"
            if let git { text += ", commit <code>\(git.commit.prefix(10))</code>\(git.dirty ? " with uncommitted changes" : "")" }
            result[path] = "<p>" + text + ".</p>"
        }
        return result
    }
}
