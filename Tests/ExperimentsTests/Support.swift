import Engine
import Foundation
import Notes
@testable import Execution
@testable import Planning
@testable import Store

/// A note holding one experiment directive whose YAML body is `body` (the fence is on line 5).
func experimentNote(_ body: String, prose: String = "Some prose.", name: String = "2026-01-01-sweep.md") -> Note {
    let text = "---\ntitle: Sweep\n---\n\(prose)\n```experiment\n\(body)\n```\n"
    return NoteParser.parse(text, path: "notes/\(name)", relativePath: name)
}

/// Parses the note's first experiment; the problems if there are any.
func parseExperiment(_ body: String) -> (experiment: Experiment?, problems: [Diagnostic]) {
    let note = experimentNote(body)
    return ExperimentParser.parse(note.directives[0], in: note)
}

/// Plans the experiments of these notes (generated datasets only: no files are read).
func plan(_ notes: [Note]) -> ExperimentPlanner.Plan {
    var planner = ExperimentPlanner(locations: DatasetLocations(root: "/tmp"))
    return planner.plan(Notebook(root: URL(fileURLWithPath: "/tmp"), notes: notes))
}

/// Plans the note's experiments and returns their trials.
func plannedTrials(_ body: String, prose: String = "Some prose.") -> [PlannedTrial] {
    let result = plan([experimentNote(body, prose: prose)])
    precondition(result.diagnostics.isEmpty, "\(result.diagnostics)")
    return result.trials
}

/// A small, fast experiment on generated data.
let tinyTeacher = """
id: tiny
dataset: teacher
train_size: 256
model: mlp
depth: 1
width: [8, 16]
lr: [1e-3, 3e-3]
steps: 20
batch: 32
seeds: 2
"""
