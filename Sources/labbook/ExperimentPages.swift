import Experiments
import Notes
import Site

/// How directives appear in pages for a build: experiments as summaries of their stored trials.
enum ExperimentPages {
    static func rendering(_ plan: ExperimentPlanner.Plan, index: StoreIndex, trainedNow: Set<String>) -> DirectiveRendering {
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
        return DirectiveRendering(
            html: { directive, _ in
                switch directive.kind {
                case .experiment:
                    if let box = found["\(directive.location.path):\(directive.location.line)"] { return box.html(directive) }
                    return DirectiveRendering.pendingBox(directive, reason: "not run: the directive has errors (labbook check lists them)")
                case .plot, .table:
                    return DirectiveRendering.pendingBox(directive, reason: "not drawn yet: labbook does not draw \(directive.kind.rawValue)s yet")
                }
            },
            value: DirectiveRendering.notRunYet.value)
    }

    /// Four significant digits: enough to compare runs, few enough to read.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e9 { return String(Int(value)) }
        return String(format: "%.4g", value)
    }
}
