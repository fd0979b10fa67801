import Experiments
import Notes
import Site

/// How directives appear in pages for a build: experiments as summaries of their stored trials.
enum ExperimentPages {
    static func rendering(_ plan: ExperimentPlanner.Plan, index: StoreIndex, trainedNow: Set<String>, git: GitState?) -> DirectiveRendering {
        var boxes: [String: ExperimentBox] = [:]
        for planned in plan.experiments {
            let summary = ExperimentSummary(planned, index: index, trainedInThisBuild: trainedNow)
            let place = "\(planned.experiment.location.path):\(planned.experiment.location.line)"
            boxes[place] = ExperimentBox(
                id: planned.experiment.id, total: summary.total, ok: summary.ok, diverged: summary.diverged,
                failed: summary.failed, missing: summary.missing, trainedNow: summary.trainedNow,
                missingReasons: summary.missingReasons.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                best: summary.best.map { ($0.metric, format($0.value), $0.trial) })
        }
        let found = boxes
        let provenance = notePageProvenance(plan, index: index, trainedNow: trainedNow, git: git)
        return DirectiveRendering(
            html: { directive, _, _ in
                switch directive.kind {
                case .experiment:
                    if let box = found["\(directive.location.path):\(directive.location.line)"] { return box.html(directive) }
                    return DirectiveRendering.pendingBox(directive, reason: "not run: the directive has errors (labbook check lists them)")
                case .plot, .table:
                    return DirectiveRendering.pendingBox(directive, reason: "not drawn yet: labbook does not draw \(directive.kind.rawValue)s yet")
                }
            },
            value: DirectiveRendering.notRunYet.value,
            provenance: { note in provenance[note.path] })
    }

    /// Per note with experiments: where its numbers came from.
    static func notePageProvenance(_ plan: ExperimentPlanner.Plan, index: StoreIndex, trainedNow: Set<String>, git: GitState?) -> [String: String] {
        var byNote: [String: [PlannedTrial]] = [:]
        for planned in plan.experiments { byNote[planned.experiment.notePath, default: []] += planned.trials }
        var result: [String: String] = [:]
        for (path, trials) in byNote {
            var stored = 0, now = 0
            for trial in trials {
                guard index.state(of: trial).record != nil else { continue }
                stored += 1
                if trainedNow.contains(trial.key) { now += 1 }
            }
            var text = "Results on this page: \(stored) of \(trials.count) trial\(trials.count == 1 ? "" : "s") in the results store"
            text += now > 0 ? " (\(now) trained in this build)" : " (none trained in this build)"
            text += "; labbook \(LabbookVersion.string)"
            if let git { text += ", commit <code>\(git.commit.prefix(10))</code>\(git.dirty ? " with uncommitted changes" : "")" }
            result[path] = "<p>" + text + ".</p>"
        }
        return result
    }

    /// Four significant digits: enough to compare runs, few enough to read.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e9 { return String(Int(value)) }
        return String(format: "%.4g", value)
    }
}
