import Analysis
import Notes
import Planning
import Site
import Store

/// A `table` directive filled from its experiments' results.
struct TableDirective {
    let spec: TableSpec
    let note: Note
    let lookup: ExperimentLookup

    func draw() -> (drawn: FigureBuilder.Drawn?, problems: [Diagnostic]) {
        var experiments: [(name: String, planned: PlannedExperiment)] = []
        for name in spec.experiments {
            guard let planned = lookup.experiment(named: name, from: note) else {
                if lookup.isBroken(name, from: note) { return (.brokenExperiment(name, kind: .table, id: spec.id, caption: spec.caption), []) }
                return (nil, [Diagnostic(spec.location, lookup.missingMessage(name, from: note))])
            }
            experiments.append((name, planned))
        }
        let (table, counts) = TableData.build(spec, experiments: experiments, lookup: lookup)
        let figure = Figure(kind: .table, id: spec.id, content: .table(table), caption: spec.caption,
                            provenance: FigureProvenance.text(counts))
        return (FigureBuilder.Drawn(figure: figure, files: [], values: [:]), [])
    }
}
