import Engine
import Foundation
import Notes
import Planning
import Store

/// Finds the experiments a plot, table or value names, and reads their trials from the store.
struct ExperimentLookup {
    let plan: ExperimentPlanner.Plan
    let index: StoreIndex
    let trainedNow: Set<String>

    /// `width` is the experiment of that id in the same note; `note-slug/width` one in another note.
    func experiment(named name: String, from note: Note) -> PlannedExperiment? {
        let qualified = name.contains("/") ? name : "\(note.slug)/\(name)"
        return plan.experiment(qualified)
    }

    /// Whether the name is an experiment that has errors of its own (already reported).
    func isBroken(_ name: String, from note: Note) -> Bool {
        plan.broken.contains(name.contains("/") ? name : "\(note.slug)/\(name)")
    }

    /// Why a name finds nothing, with the names that do exist.
    func missingMessage(_ name: String, from note: Note) -> String {
        let here = plan.experiments.filter { $0.experiment.notePath == note.path }.map(\.experiment.id)
        var message = "no experiment '\(name)'"
        if let guess = Suggestion.closest(to: name, among: here + plan.experiments.map(\.experiment.qualifiedID)) {
            message += "; did you mean '\(guess)'?"
        } else if !here.isEmpty {
            message += " (this note has \(here.joined(separator: ", ")); name another note's as note-slug/id)"
        } else {
            message += " (name another note's experiment as note-slug/id)"
        }
        return message
    }

    /// Every trial of the experiment with its state in the store.
    func trials(of experiment: PlannedExperiment) -> [TrialOutcome] {
        experiment.trials.map { TrialOutcome(trial: $0, state: index.state(of: $0), trainedNow: trainedNow.contains($0.key)) }
    }
}
