import Testing
@testable import Planning
import Notes

/// A record's provenance must not depend on which experiment the planner met first: two
/// `spurious` experiments that differ only in `spurious:` once shared the first one's fingerprint.
@Suite struct FingerprintTests {
    static let paperDefaults = "id: paper\ndataset: spurious\nsteps: 5"
    static let weakerShortcut = "id: weaker\ndataset: spurious\nspurious: {majority_fraction: 0.6}\nsteps: 5"

    /// Fingerprint and key of each experiment's trial, by experiment id.
    static func trials(reversed: Bool) -> [String: (fingerprint: String, key: String)] {
        var notes = [experimentNote(paperDefaults, name: "2026-01-01-paper.md"), experimentNote(weakerShortcut, name: "2026-01-02-weaker.md")]
        if reversed { notes.reverse() }
        let planned = plan(notes)
        #expect(planned.diagnostics.isEmpty, "\(planned.diagnostics)")
        var result: [String: (fingerprint: String, key: String)] = [:]
        for experiment in planned.experiments {
            let trial = experiment.trials[0]
            result[experiment.experiment.id] = (trial.inputs.dataset, trial.key)
        }
        return result
    }

    @Test(arguments: [false, true])
    func eachSpuriousExperimentRecordsItsOwnFingerprint(reversed: Bool) throws {
        let trials = Self.trials(reversed: reversed)
        let paper = try #require(trials["paper"]), weaker = try #require(trials["weaker"])
        #expect(paper.fingerprint.contains("majority_fraction=0.9"), "\(paper.fingerprint)")
        #expect(weaker.fingerprint.contains("majority_fraction=0.6"), "\(weaker.fingerprint)")
        #expect(paper.key != weaker.key)
    }

    @Test func keysAndFingerprintsDoNotDependOnPlanOrder() {
        let forward = Self.trials(reversed: false), backward = Self.trials(reversed: true)
        for id in ["paper", "weaker"] {
            #expect(forward[id]?.fingerprint == backward[id]?.fingerprint, "\(id)")
            #expect(forward[id]?.key == backward[id]?.key, "\(id)")
        }
    }
}
