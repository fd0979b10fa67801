/// What a figure was drawn from, in words.
enum FigureProvenance {
    static func text(_ counts: PlotData.Counts) -> String {
        let seeds = counts.seeds.sorted().map(String.init).joined(separator: ", ")
        var text = "From \(counts.used) trial\(counts.used == 1 ? "" : "s")"
        if !counts.seeds.isEmpty { text += " (seed\(counts.seeds.count == 1 ? "" : "s") \(seeds))" }
        text += counts.trainedNow == 0 ? ", all taken from the results store" :
            (counts.trainedNow == counts.used ? ", all trained in this build" : ", \(counts.trainedNow) trained in this build and the rest taken from the results store")
        var left: [String] = []
        if counts.diverged > 0 { left.append("\(counts.diverged) diverged") }
        if counts.failed > 0 { left.append("\(counts.failed) failed") }
        if counts.nonFinite > 0 { left.append("\(counts.nonFinite) without a finite value") }
        if !left.isEmpty { text += "; left out: " + left.joined(separator: ", ") }
        if counts.missing > 0 { text += "; \(counts.missing) not run yet" }
        return text + "."
    }
}
