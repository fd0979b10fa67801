import Notes
import Planning
import Store

/// Everything a plot or table is drawn from, as the parts of its cache key: the directive (text,
/// column, note, name), the experiments it names with their own directives, and each of their
/// trials' state with the SHA-256 of its record file. Two builds that agree on these draw the same
/// figure byte for byte. The directive's line is not part of it: lines added above a figure move
/// it without changing it (its problems are kept relative to its first line, `CachedDrawing`);
/// an experiment of the same note enters by its distance from the directive.
struct FigureInputs {
    let lookup: ExperimentLookup

    func key(_ directive: Directive, in note: Note, name: String, experiments names: [String]) -> String {
        var parts = [directive.kind.rawValue, note.path, note.slug, name, String(directive.location.column),
                     String(directive.bodyFirstLine - directive.location.line), directive.body]
        // What a name that finds nothing suggests instead depends on every experiment there is.
        parts.append(lookup.plan.experiments.map(\.experiment.qualifiedID).joined(separator: ","))
        // An experiment with errors is drawn as such, one that is gone is an error: not the same figure.
        parts.append(lookup.plan.broken.sorted().joined(separator: ","))
        for name in names {
            parts.append("experiment \(name)")
            guard let planned = lookup.experiment(named: name, from: note) else { continue }
            let place = planned.experiment.location
            parts += [planned.experiment.qualifiedID, planned.experiment.body,
                      place.path == note.path ? "\(place.line - directive.location.line):\(place.column)" : place.description]
            for trial in planned.trials {
                parts += [trial.key, lookup.trainedNow.contains(trial.key) ? "trained now" : "from store", state(trial)]
            }
        }
        return FigureCache.key(parts)
    }

    private func state(_ trial: PlannedTrial) -> String {
        switch lookup.index.state(of: trial) {
        case .done: "done " + (lookup.index.store.digest(trial.key) ?? "")
        case .failed: "failed " + (lookup.index.store.digest(trial.key) ?? "")
        case .missing(let reason): "missing \(reason)"
        }
    }
}
