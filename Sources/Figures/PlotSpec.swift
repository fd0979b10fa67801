import Analysis
import Engine
import Notes
import Planning

/// A `plot` directive, checked: what to draw from which experiments, and what to fit.
package struct PlotSpec: Sendable {
    package enum Scale: String, Sendable, CaseIterable { case linear, log }
    package enum ErrorBars: String, Sendable, CaseIterable { case std, sem, ci95, none }
    package enum Fit: String, Sendable, CaseIterable {
        case none
        case powerLaw = "power-law"
        case powerLawWithOffset = "power-law+offset"
        /// The best `best_over` value (a learning rate) at each x, and the power law through those optima.
        case optimalLearningRate = "optimal-lr"
        /// The compute-efficient frontier over every drawn configuration (each series, each
        /// point), and the power law L = A·x^−b through it. Any x; meant for `flops` or `params`.
        case frontier
        /// The same frontier, and L = E + A·x^−b through it: a frontier that bends towards a floor.
        case frontierWithOffset = "frontier+offset"

        /// L(N, D) = E + A/N^α + B/D^β (Hoffmann et al. 2022, approach 3) over every drawn point,
        /// N each trial's `params` and D the x value: one fitted curve per series (per width).
        case chinchilla

        /// Whether this fit is drawn through the compute-efficient frontier.
        package var isFrontier: Bool { self == .frontier || self == .frontierWithOffset }
    }

    package var id: String?
    /// Experiment names as written: `width` (this note) or `note-slug/width`.
    package var experiments: [String]
    /// A configuration key, or `params`, `flops`, `step` (learning curves).
    package var x: String
    /// A metric, or (for a heatmap) a configuration key.
    package var y: String
    /// Heatmap: the metric that colours each cell.
    package var color: String?
    /// One line per value of this key.
    package var series: String?
    /// Keep, at each x, the best value over this key (the envelope).
    package var bestOver: String?
    package var xScale: Scale = .linear
    package var yScale: Scale = .linear
    package var error: ErrorBars = .sem
    package var fit: Fit = .none
    package var holdout = 0
    /// Refit with the smallest x dropped one at a time and report how the exponent moves.
    package var transient = false
    /// Draw the fitted law out to this x.
    package var extrapolate: Double?
    package var caption: String?
    /// Only trials whose configuration has these values.
    package var filter: [String: String] = [:]
    package var location: SourceLocation
    package var keyLocations: [String: SourceLocation] = [:]
    /// The names its experiments use, and which metrics are better higher.
    package var vocabulary = Vocabulary.engine

    package var isHeatmap: Bool { color != nil }
    package var isLearningCurve: Bool { x == "step" }

    /// What a plot's keys hold, their defaults and help: read by `parse`, listed in README.
    package static let schema = DirectiveSchema(.plot, essentials: "experiment, x and y", keys: [
        DirectiveKey("id", .text, help: "names the plot, for values in prose (`width-law.b`)"),
        DirectiveKey("experiment", .names, required: true, help: "this note's experiment, or `note-slug/id`; a list draws several"),
        DirectiveKey("x", .text, required: true, help: "a configuration key, `params`, `flops`, or `step` (learning curves)"),
        DirectiveKey("y", .text, required: true, help: "a metric; for a heatmap, a second configuration key"),
        DirectiveKey("color", .text, help: "a heatmap's metric, one cell per (x, y)"),
        DirectiveKey("series", .text, help: "one line per value of this configuration key"),
        DirectiveKey("best_over", .text, help: "at each x, the best value over this key (by mean over seeds): the envelope"),
        DirectiveKey("scale", .choice(scales), default: "linear", help: "x and y axes, linear or logarithmic"),
        DirectiveKey("error", .choice(of: ErrorBars.self), default: blank.error.rawValue, help: "error bars over seeds (`ci95`: t interval of the mean)"),
        DirectiveKey("fit", .choice(of: Fit.self), default: blank.fit.rawValue, help: "the law fitted through the points, with 95% t intervals"),
        DirectiveKey("holdout", .integer(min: 0), default: "\(blank.holdout)", help: "the largest x values kept out of the fit, to check its prediction"),
        DirectiveKey("transient", .flag, default: "\(blank.transient)", help: "refit with the smallest x dropped one at a time: where the power law starts"),
        DirectiveKey("extrapolate", .number(.positive), help: "draw the fitted law out to this x"),
        DirectiveKey("caption", .text, help: "the figure's caption"),
        DirectiveKey("where", .configFilter, help: "only trials with these configuration values"),
    ])

    /// A plot with nothing set: where the schema's defaults come from.
    private static let blank = PlotSpec(experiments: [], x: "", y: "", location: SourceLocation(path: "", line: 0, column: 0))

    static let scales = ["linear", "log-log", "log-linear", "linear-log"]
    /// x values that are not configuration keys.
    static let derivedX = ["params", "flops", "step"]
    /// x values read from each trial's record: the configuration sets them, so the other swept
    /// keys (steps, for flops) move a point along x instead of stacking points at one x.
    static let measuredX = ["params", "flops"]

    /// x measured per trial rather than set: `params`, `flops`, or an upstream metric (`from.test_err`).
    static func isMeasured(_ x: String) -> Bool { measuredX.contains(x) || UpstreamField.isMetric(x) }

    /// `vocabulary` gives the names the named experiments use.
    package static func parse(_ directive: Directive, vocabulary: ([String]) -> Vocabulary = { _ in .engine }) -> (spec: PlotSpec?, problems: [Diagnostic]) {
        var reader = DirectiveReader(directive, schema: schema)
        var spec = PlotSpec(experiments: [], x: "", y: "", location: directive.location)
        spec.id = reader.text("id")
        spec.experiments = reader.names("experiment")
        spec.vocabulary = vocabulary(spec.experiments)
        spec.x = reader.text("x") ?? ""
        spec.y = reader.text("y") ?? ""
        spec.color = reader.text("color")
        spec.series = reader.text("series")
        spec.bestOver = reader.text("best_over")
        spec.caption = reader.text("caption")
        if let scale = reader.choice("scale") {
            let parts = scale == "linear" ? ["linear", "linear"] : scale.split(separator: "-").map(String.init)
            spec.xScale = Scale(rawValue: parts[0])!
            spec.yScale = Scale(rawValue: parts[1])!
        }
        if let error = reader.choice("error") { spec.error = ErrorBars(rawValue: error)! }
        if let fit = reader.choice("fit") { spec.fit = Fit(rawValue: fit)! }
        spec.holdout = reader.integer("holdout") ?? spec.holdout
        spec.transient = reader.flag("transient") ?? spec.transient
        spec.extrapolate = reader.number("extrapolate")
        spec.filter = reader.filter("where")
        spec.keyLocations = reader.keyLocations

        // What the keys name must exist.
        let configKeys = spec.vocabulary.configKeys
        func checkKey(_ name: String?, _ key: String, allowDerived: Bool) {
            guard let name, !name.isEmpty else { return }
            if configKeys.contains(name) || (allowDerived && derivedX.contains(name)) || UpstreamField.isKnown(name) { return }
            var message = "'\(key)' names '\(name)', which is not a configuration key"
            if allowDerived { message += " nor params, flops or step" }
            if let guess = Suggestion.closest(to: name, among: configKeys + (allowDerived ? derivedX : [])) { message += "; did you mean '\(guess)'?" }
            reader.report(key, message)
        }
        func checkMetric(_ name: String?, _ key: String) {
            guard let name, !name.isEmpty, !spec.vocabulary.isMetric(name), !UpstreamField.isKnown(name) else { return }
            var message = "'\(key)' names '\(name)', which is not a metric"
            if let guess = Suggestion.closest(to: name, among: Metric.all) { message += "; did you mean '\(guess)'?" }
            reader.report(key, message)
        }
        checkKey(spec.x, "x", allowDerived: true)
        if spec.isHeatmap {
            checkKey(spec.y, "y", allowDerived: false)
            checkMetric(spec.color, "color")
            if spec.fit != .none { reader.report("fit", "a heatmap is not fitted; remove 'fit'") }
        } else {
            checkMetric(spec.y, "y")
        }
        checkKey(spec.series, "series", allowDerived: false)
        checkKey(spec.bestOver, "best_over", allowDerived: false)
        if spec.fit == .none && (spec.holdout > 0 || spec.extrapolate != nil) {
            reader.report(spec.holdout > 0 ? "holdout" : "extrapolate", "'holdout' and 'extrapolate' need a 'fit'")
        }
        if spec.transient && CurveLaw.Form(rawValue: spec.fit.rawValue) == nil {
            reader.report("transient", "'transient' refits a 'fit: power-law' or 'fit: power-law+offset'")
        }
        if spec.fit == .chinchilla {
            if spec.bestOver != nil { reader.report("best_over", "'fit: chinchilla' fits every configuration; it takes no 'best_over'") }
            if PlotSpec.measuredX.contains(spec.x) { reader.report("x", "'fit: chinchilla' takes the data size as x (steps, train_size, …), and the model size from each trial's params") }
        }
        if spec.isLearningCurve && spec.fit != .none { reader.report("fit", "learning curves (x: step) are not fitted") }
        if spec.fit == .optimalLearningRate && spec.bestOver == nil {
            reader.report("fit", "'fit: optimal-lr' needs 'best_over' naming the learning-rate key, e.g. best_over: lr")
        }
        return (reader.problems.isEmpty ? spec : nil, reader.problems)
    }
}
