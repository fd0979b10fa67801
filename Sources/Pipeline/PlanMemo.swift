import Foundation
import Notes
import Planning

/// The last plan, and what it was made from: every experiment directive (text and place), the
/// notes they sit in and labbook.yml's dataset paths. A `serve` rebuild after editing prose finds
/// them unchanged and takes the plan as it was, instead of computing every trial's key again.
/// A command experiment's code files are looked at by their stamps. Dataset files replaced while
/// serving are not noticed (restart `serve` after that).
final class PlanMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var last: (inputs: [String], plan: ExperimentPlanner.Plan)?

    func plan(_ notebook: Notebook, includeDrafts: Bool, make: () -> ExperimentPlanner.Plan) -> ExperimentPlanner.Plan {
        let inputs = Self.inputs(notebook, includeDrafts: includeDrafts)
        if let last = lock.withLock({ last }), last.inputs == inputs + Self.codeStamps(last.plan, root: notebook.root).map(\.line) {
            return last.plan
        }
        let started = Date()
        let plan = make()
        // A command experiment's keys hold its code's content, which no note shows: its files' stamps
        // are inputs too. They can only be taken once the plan names the files, so a file saved
        // while it was planned (or just before) makes the plan one not to keep.
        let code = Self.codeStamps(plan, root: notebook.root)
        let kept = code.contains { $0.stamp?.modified(after: started) == true } ? nil : (inputs + code.map(\.line), plan)
        lock.withLock { last = kept }
        return plan
    }

    /// The stamps of every file and folder under the `code:` and `env:` paths of the plan's command experiments.
    static func codeStamps(_ plan: ExperimentPlanner.Plan, root: URL) -> [(line: String, stamp: FileStamp?)] {
        var stamps: [(line: String, stamp: FileStamp?)] = []
        func add(_ shown: String, _ path: String) {
            let stamp = FileStamp(path: path)
            stamps.append(("code \(shown) \(stamp?.text ?? "none")", stamp))
        }
        for planned in plan.experiments {
            guard let command = planned.experiment.command else { continue }
            for path in (command.code + command.env).map(\.path) {
                let base = path.hasPrefix("/") ? path : root.appendingPathComponent(path).path
                add(path, base)
                for file in Notebook.listFiles(in: URL(fileURLWithPath: base)) { add("\(path)/\(file)", "\(base)/\(file)") }
            }
        }
        return stamps
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
