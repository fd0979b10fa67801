import Notes
import Planning
import Site
import Store

extension NoteProvenance {
    /// Per note with experiments: how many of its trials the store holds, how many were trained now.
    static func byNote(lookup: ExperimentLookup, git: GitState?) -> [String: NoteProvenance] {
        var byNote: [String: [PlannedTrial]] = [:]
        for planned in lookup.plan.experiments { byNote[planned.experiment.notePath, default: []] += planned.trials }
        var result: [String: NoteProvenance] = [:]
        for (path, trials) in byNote {
            var stored = 0, now = 0
            for trial in trials where lookup.index.state(of: trial).record != nil {
                stored += 1
                if lookup.trainedNow.contains(trial.key) { now += 1 }
            }
            result[path] = NoteProvenance(stored: stored, total: trials.count, trainedNow: now, labbookVersion: LabbookVersion.string,
                                          commit: git.map { String($0.commit.prefix(10)) }, dirty: git?.dirty ?? false)
        }
        return result
    }
}
