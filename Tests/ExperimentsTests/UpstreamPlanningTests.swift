import Engine
import Foundation
import Notes
import Testing
@testable import Planning

/// `from:`: a downstream experiment planned over its upstream's trials.
@Suite struct UpstreamPlanningTests {
    private func note(upstream: String = "width: [8, 16]", downstream: String = "", name: String = "transfer.md") -> Note {
        let text = """
        ---
        title: Transfer
        ---
        ```experiment
        id: up
        dataset: teacher
        train_size: 128
        model: mlp
        depth: 1
        \(upstream)
        steps: 5
        seeds: 2
        ```

        ```experiment
        id: down
        from: up
        lr: [1e-3, 3e-3]
        steps: 3\(downstream.isEmpty ? "" : "\n" + downstream)
        ```
        """
        return NoteParser.parse(text, path: "notes/\(name)", relativePath: name)
    }

    @Test func theDownstreamSweepIsItsUpstreamsTrialsTimesItsOwn() throws {
        let planned = plan([note()])
        #expect(planned.diagnostics.isEmpty, "\(planned.diagnostics)")
        let up = try #require(planned.experiment("transfer/up")), down = try #require(planned.experiment("transfer/down"))
        #expect(up.trials.count == 4)
        #expect(down.trials.count == 8)
        let upstreamKeys = Set(up.trials.map(\.key))
        #expect(Set(down.trials.compactMap(\.inputs.upstream)) == upstreamKeys)
        for trial in down.trials {
            let start = try #require(up.trials.first { $0.key == trial.inputs.upstream })
            #expect(trial.config.width == start.config.width, "the model keys come from the upstream trial")
            #expect(trial.config.dataset == "teacher")
            #expect(trial.config.probe == .linear)
            #expect(trial.sweepValues["from.width"] == start.sweepValues["width"])
            #expect(trial.sweepValues["from.seed"] == .int(Int(start.seed)))
        }
        #expect(down.sweptKeys == ["from.width", "from.seed", "lr"])
        // Trials trained from scratch keep keys without an upstream: their JSON has no such field.
        #expect(up.trials.allSatisfy { !String(decoding: $0.inputs.canonicalJSON, as: UTF8.self).contains("upstream") })
    }

    @Test func changingTheUpstreamSweepChangesExactlyTheDownstreamTrialsOfWhatChanged() throws {
        let before = try #require(plan([note()]).experiment("transfer/down")).trials
        let after = try #require(plan([note(upstream: "width: [8, 32]")]).experiment("transfer/down")).trials
        let kept = Set(before.map(\.key)).intersection(after.map(\.key))
        #expect(kept == Set(before.filter { $0.config.width == 8 }.map(\.key)))
        #expect(kept.count == 4)
    }

    @Test func aModelKeyThatContradictsTheUpstreamIsAnErrorWhereItIsWritten() throws {
        // `width: 32` is the downstream directive's fifth line, line 20 of the note.
        let planned = plan([note(downstream: "width: 32")])
        let problem = try #require(planned.diagnostics.first)
        #expect(problem.location.line == 20 && problem.location.column == 8, "\(problem.location)")
        #expect(planned.diagnostics.map(\.message).sorted() == [8, 16].map {
            "'width' is 32 here, but the upstream trial it starts from has width \($0): a downstream model keeps its upstream's; leave 'width' out"
        }.sorted())
        #expect(planned.experiment("transfer/down") == nil)
        // Writing the upstream's own value is no contradiction.
        let same = plan([note(upstream: "width: 8", downstream: "width: 8")])
        #expect(same.diagnostics.isEmpty, "\(same.diagnostics)")
    }

    @Test func fromNamesAnExperimentOfThisNoteOrAnother() throws {
        let other = NoteParser.parse("---\ntitle: Later\n---\n```experiment\nid: again\nfrom: transfer/up\nsteps: 2\n```\n",
                                     path: "notes/later.md", relativePath: "later.md")
        let planned = plan([other, note()])
        #expect(planned.diagnostics.isEmpty, "\(planned.diagnostics)")
        #expect(planned.experiment("later/again")?.trials.count == 4)
        #expect(planned.experiments.map(\.experiment.qualifiedID) == ["later/again", "transfer/up", "transfer/down"], "the notes' order")

        let wrong = NoteParser.parse("---\ntitle: Later\n---\n```experiment\nid: again\nfrom: transfer/upp\nsteps: 2\n```\n",
                                     path: "notes/later.md", relativePath: "later.md")
        let problem = try #require(plan([wrong, note()]).diagnostics.first)
        #expect(problem.message == "'from' names no experiment 'transfer/upp'; did you mean 'transfer/up'?")
        #expect(problem.location.line == 6 && problem.location.column == 7)
    }

    @Test func probeNeedsFromAndClassesAreOneListNotASweep() throws {
        let lone = plan([experimentNote("id: a\ndataset: teacher\nprobe: finetune\nsteps: 2")])
        #expect(lone.diagnostics.first?.message.contains("'probe' applies only to an experiment with 'from:'") == true)

        let one = try #require(parseExperiment("id: a\ndataset: fashion-mnist\nclasses: [5, 6, 7]").experiment)
        #expect(one.axes.isEmpty)
        #expect(one.fixed["classes"] == .list([.int(5), .int(6), .int(7)]))
        let swept = try #require(parseExperiment("id: a\ndataset: fashion-mnist\nclasses: [[0, 1], [2, 3]]").experiment)
        #expect(swept.axes.first?.values == [.list([.int(0), .int(1)]), .list([.int(2), .int(3)])])
        let twice = parseExperiment("id: a\ndataset: fashion-mnist\nclasses: [1, 1]")
        #expect(twice.problems.first?.message == "'classes' lists a label twice")
    }
}
