import Numerics

extension PlotData {
    /// x measured per trial (flops, params): every configuration is one point, at its seeds' x.
    ///
    /// The seeds of a configuration normally share their flops; under early stopping they do not,
    /// and the point sits at their mean. Diverged seeds take the x of their configuration's
    /// finished seeds (a diverged run stops early, so its own count is short); a configuration
    /// that diverged for every seed cannot be drawn and is dropped (its trials are counted as
    /// diverged). Two configurations of one series at the same x mean a swept key that does not
    /// move x (lr, for flops): that would average them silently, so it is an error.
    static func placeAlongMeasuredX(_ rows: [Row], series: String, x key: String,
                                    experiments: [String]) -> Result<[Row], PlotProblem> {
        let byPlace = Dictionary(grouping: rows) { Place(experiment: $0.experiment, setting: $0.setting) }
        // In the order of the sweep, so that an error names the first two configurations at one x.
        var order: [Place] = [], seen: Set<Place> = []
        for row in rows {
            let place = Place(experiment: row.experiment, setting: row.setting)
            if seen.insert(place).inserted { order.append(place) }
        }
        var placed: [Row] = []
        var taken: [Double: Place] = [:]
        for place in order {
            let members = byPlace[place]!
            let xs = members.filter { $0.y.isFinite }.map(\.x)
            guard let first = xs.first else { continue }
            let x = xs.allSatisfy { $0 == first } ? first : mean(xs)
            if let other = taken[x] {
                return .failure(PlotProblem(key: "x", message: other.sharing(x: key, value: x, with: place, series: series, experiments: experiments)))
            }
            taken[x] = place
            placed += members.map { var row = $0; row.x = x; return row }
        }
        return .success(placed)
    }
}

/// A configuration along a measured x: its experiment and the swept values x does not name.
private struct Place: Hashable {
    var experiment: Int
    var setting: [String]

    /// Why this configuration and `other` cannot both be drawn at one x, naming the keys that differ.
    func sharing(x: String, value: Double, with other: Place, series: String, experiments: [String]) -> String {
        let at = "\(x) = \(NumberFormat.quoted.string(value))"
        guard experiment == other.experiment else {
            return "experiments '\(experiments[experiment])' and '\(experiments[other.experiment])' both have a configuration at \(at) in '\(series)': draw them apart with 'series' or 'where'"
        }
        let differing = zip(setting, other.setting).filter { $0 != $1 }.map { String($0.0.prefix { $0 != "=" }) }
        let keys = differing.map { "'\($0)'" }.joined(separator: ", ")
        return "\(setting.joined(separator: " ")) and \(other.setting.joined(separator: " ")) both have \(at) in '\(series)': \(keys) does not change \(x), so name it in 'series', 'best_over' or 'where'"
    }
}
