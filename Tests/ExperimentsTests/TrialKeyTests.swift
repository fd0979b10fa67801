import Testing
@testable import Execution
@testable import Planning
@testable import Store

@Suite struct TrialKeyTests {
    private func keys(_ body: String, prose: String = "Some prose.") -> Set<String> { Set(plannedTrials(body, prose: prose).map(\.key)) }

    @Test func keysIgnoreWhatDoesNotAffectTraining() {
        let base = keys("id: a\ndataset: teacher\ntrain_size: 128\nlr: [3e-4, 1e-3]\nwidth: 16\nsteps: 5\nseeds: 2")
        #expect(base.count == 4)
        // Reordered keys, 3e-4 written as 0.0003, another id, other prose: the same trials.
        #expect(keys("id: renamed\nsteps: 5\nwidth: 16\nlr: [0.0003, 0.001]\nseeds: 2\ntrain_size: 128\ndataset: teacher",
                     prose: "Completely different words.") == base)
        // Writing out a default changes nothing either.
        #expect(keys("id: a\ndataset: teacher\ntrain_size: 128\nlr: [3e-4, 1e-3]\nwidth: 16\nsteps: 5\nseeds: 2\noptimizer: adam") == base)
    }

    @Test func keysChangeWithAnythingThatAffectsTraining() {
        let base = keys("id: a\ndataset: teacher\ntrain_size: 128\nlr: 1e-3\nwidth: 16\nsteps: 5")
        for change in ["lr: 2e-3", "width: 17", "steps: 6", "train_size: 129", "optimizer: sgd", "dropout: 0.1", "seeds: [5]",
                       "data_seed: 1", "activation: gelu", "batch: 64"] {
            let key = change.split(separator: ":")[0]
            var lines = ["id: a", "dataset: teacher", "train_size: 128", "lr: 1e-3", "width: 16", "steps: 5"]
            lines.removeAll { $0.hasPrefix(key + ":") }
            lines.append(change)
            #expect(keys(lines.joined(separator: "\n")).isDisjoint(with: base), "\(change)")
        }
    }

    @Test func theKeyIsTheHashOfCanonicalJSON() throws {
        let trial = try #require(plannedTrials("id: a\ndataset: teacher\ntrain_size: 128\nsteps: 5").first)
        let json = String(decoding: trial.inputs.canonicalJSON, as: UTF8.self)
        #expect(json.hasPrefix("{\"config\":{"))
        #expect(json.contains("\"numerics_version\":"))
        #expect(json.contains("\"seed\":0"))
        #expect(trial.key.count == 64 && trial.key.allSatisfy(\.isHexDigit))
    }
}
