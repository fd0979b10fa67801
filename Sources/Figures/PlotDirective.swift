import Analysis
import Notes
import Planning
import Site
import Store

/// A `plot` directive drawn from its experiments' results.
struct PlotDirective {
    let spec: PlotSpec
    let note: Note
    let name: String
    let lookup: ExperimentLookup

    func draw() -> (drawn: FigureBuilder.Drawn?, problems: [Diagnostic]) {
        var experiments: [(name: String, planned: PlannedExperiment)] = []
        for name in spec.experiments {
            guard let planned = lookup.experiment(named: name, from: note) else {
                if lookup.isBroken(name, from: note) { return (.brokenExperiment(name, kind: .plot, id: spec.id, caption: spec.caption), []) }
                return (nil, [Diagnostic(spec.keyLocations["experiment"] ?? spec.location, lookup.missingMessage(name, from: note))])
            }
            experiments.append((name, planned))
        }
        if let problem = holdoutProblem(experiments.map(\.planned)) { return (nil, [problem]) }
        let output: FigureOutput
        let counts: PlotData.Counts
        if spec.isHeatmap {
            let data = HeatmapData.gather(spec, experiments: experiments, lookup: lookup)
            guard data.counts.used > 0 else { return (pending(data.counts), []) }
            output = PlotFigure.heatmap(spec, data: data)
            counts = data.counts
        } else if spec.isLearningCurve {
            let data = CurveData.gather(spec, experiments: experiments, lookup: lookup)
            guard data.counts.used > 0 else { return (pending(data.counts), []) }
            output = PlotFigure.learningCurves(spec, data: data)
            counts = data.counts
        } else {
            switch PlotData.gather(spec, experiments: experiments, lookup: lookup) {
            case .failure(let problem):
                return (nil, [Diagnostic(spec.keyLocations[problem.key] ?? spec.location, problem.message)])
            case .success(let data):
                guard data.counts.used > 0 else { return (pending(data.counts), []) }
                if spec.fit == .optimalLearningRate {
                    switch PlotFigure.optimalLearningRate(spec, data: data) {
                    case .failure(let problem):
                        return (pending(data.counts), [Diagnostic(spec.keyLocations[problem.key] ?? spec.location, problem.message)])
                    case .success(let figure): return (finish(figure, counts: data.counts), [])
                    }
                }
                switch PlotFigure.scatter(spec, data: data) {
                case .failure(let problem):
                    // A fit that cannot be made is reported, and the points are still drawn without it.
                    var unfitted = spec
                    unfitted.fit = .none
                    unfitted.holdout = 0
                    unfitted.extrapolate = nil
                    guard case .success(let plain) = PlotFigure.scatter(unfitted, data: data) else { return (nil, []) }
                    let drawn = finish(plain, counts: data.counts)
                    return (drawn, [Diagnostic(spec.keyLocations[problem.key] ?? spec.location, problem.message)])
                case .success(let figure):
                    output = figure
                    counts = data.counts
                }
            }
        }
        return (finish(output, counts: counts), [])
    }

    private func finish(_ output: FigureOutput, counts: PlotData.Counts) -> FigureBuilder.Drawn {
        let base = SitePath.join(dirname(SitePath.note(note)), "\(note.slug)-\(Slug.make(name))") ?? "\(note.slug)-\(name)"
        let csvPath = base + ".csv", svgPath = base + ".svg"
        let figure = Figure(kind: .plot, id: spec.id, content: .chart(svg: output.svg), caption: spec.caption, fitNotes: output.notes,
                            provenance: FigureProvenance.text(counts), csvPath: csvPath, svgPath: svgPath)
        return FigureBuilder.Drawn(figure: figure, files: [SiteFile(path: csvPath, content: .text(output.csv)),
                                                           SiteFile(path: svgPath, content: .text(StandaloneChart.svg(output.svg)))],
                                   values: output.values)
    }

    /// A holdout that leaves the law too few x values to fit, known from the sweep before any
    /// trial has run, so `check` says so before anything trains.
    private func holdoutProblem(_ experiments: [PlannedExperiment]) -> Diagnostic? {
        guard spec.holdout > 0, let form = CurveLaw.Form(rawValue: spec.fit.rawValue) else { return nil }
        let needed = form == .powerLaw ? 2 : 3
        let xs = Set(experiments.flatMap { $0.trials.compactMap { $0.sweepValues[spec.x]?.number } })
        guard !xs.isEmpty, xs.count - spec.holdout < needed else { return nil }
        return Diagnostic(spec.keyLocations["holdout"] ?? spec.location,
                          "'holdout: \(spec.holdout)' leaves \(max(0, xs.count - spec.holdout)) of the \(xs.count) values of \(spec.x) to fit; "
                          + "\(spec.fit.rawValue) needs at least \(needed)")
    }

    /// Nothing to draw yet: a box that says so, never an empty or made-up figure.
    private func pending(_ counts: PlotData.Counts) -> FigureBuilder.Drawn {
        let reason = counts.missing > 0 ? "\(counts.missing) trial\(counts.missing == 1 ? "" : "s") not run yet; run labbook build to train them"
            : "no trial has a finite \(spec.color ?? spec.y) (\(counts.diverged) diverged, \(counts.failed) failed)"
        let figure = Figure(kind: .plot, id: spec.id, content: .notDrawn(reason: reason), caption: spec.caption,
                            provenance: FigureProvenance.text(counts))
        return FigureBuilder.Drawn(figure: figure, files: [], values: [:])
    }

    private func dirname(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}
