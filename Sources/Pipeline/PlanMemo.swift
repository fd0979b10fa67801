import Foundation
import Notes
import Planning

/// The last plan, and what it was made from: every experiment directive (text and place), the
/// notes they sit in and labbook.yml's dataset paths. A `serve` rebuild after editing prose finds
/// them unchanged and takes the plan as it was, instead of computing every trial's key again.
/// Dataset files replaced while serving are not noticed (restart `serve` after that).
final class PlanMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var last: (inputs: [String], plan: ExperimentPlanner.Plan)?

    func plan(_ notebook: Notebook, includeDrafts: Bool, make: () -> ExperimentPlanner.Plan) -> ExperimentPlanner.Plan {
        let inputs = Self.inputs(notebook, includeDrafts: includeDrafts)
        // A command experiment's keys hold its code's content, which no note shows: plan it again.
        if let last = lock.withLock({ last }), last.inputs == inputs, !last.plan.experiments.contains(where: { $0.experiment.command != nil }) {
            return last.plan
        }
        let plan = make()
        lock.withLock { last = (inputs, plan) }
        return plan
    }

    static func inputs(_ notebook: Notebook, includeDrafts: Bool) -> [String] {
        var parts = ["drafts \(includeDrafts)"]
        parts += notebook.config.datasets.sorted { $0.key < $1.key }.map { "dataset \($0.key)=\($0.value)" }
        for note in notebook.notes {
            parts.append("note \(note.path) \(note.slug) \(note.isDraft)")
            for directive in note.directives where directive.kind == .experiment {
                parts += [directive.location.description, String(directive.bodyFirstLine), directive.body]
            }
        }
        return parts
    }
}
