/// labbook's one number formatter. Every place that writes a number names the job it does, and
/// each job has one style here, so the ways a number can look are all in this folder.
///
/// The styles differ on purpose where their readers differ (a prose value keeps four digits, an
/// axis tick as many as its step needs, an SVG coordinate one decimal), and for now also where
/// they only grew apart (the minus sign, e-notation against `×10ⁿ`): the pages they render are
/// kept byte for byte until one convention is chosen.
package struct NumberFormat: Hashable, Sendable {
    enum Style: Hashable, Sendable {
        case quoted(digits: Int)
        case formula(digits: Int)
        case configValue
        case svgCoordinate
        case label(significant: Int, trimZeros: Bool)
        case tick(step: Double?)
    }

    let style: Style

    /// A value quoted in prose, a table cell or a caption: four significant digits, whole numbers
    /// as they are, `1.234e-05` below 10⁻³ and from 10⁷ on, a hyphen-minus.
    package static let quoted = NumberFormat(style: .quoted(digits: 4))

    /// A quoted value with fewer digits, for what is known less precisely (fit parameters: 3,
    /// spreads and residuals: 2).
    package static func quoted(digits: Int) -> NumberFormat { NumberFormat(style: .quoted(digits: digits)) }

    /// A coefficient inside a fitted law's formula: three significant digits, plain decimals for
    /// magnitudes 10⁻³ to 10⁵, `1.5e−4` outside, a true minus sign.
    package static let formula = NumberFormat(style: .formula(digits: 3))

    /// A configuration value as a person writes it in a directive: `1e-3`, `3e-2`, `0.5`, `64`.
    /// The one way a swept value is written wherever it appears (table rows, heatmap keys, series
    /// names, captions, prose, the experiment box), so a reader can match `lr 1e-3` across them
    /// and find it in the note's source.
    package static let configValue = NumberFormat(style: .configValue)

    /// An SVG coordinate or length: one decimal at most, never NaN or inf.
    package static let svgCoordinate = NumberFormat(style: .svgCoordinate)

    /// A chart label (heatmap key, colour-bar end): three significant digits, zeros trimmed,
    /// `m×10ⁿ` when any value of the set lies outside 10⁻³ to 10⁵.
    package static let label = NumberFormat(style: .label(significant: 3, trimZeros: true))

    /// Hover text on a chart keeps one more digit than its labels.
    package static let hover = NumberFormat(style: .label(significant: 4, trimZeros: true))

    /// A heatmap cell: exactly three significant digits (0.950, 1.00), so a grid of them lines up.
    package static let cell = NumberFormat(style: .label(significant: 3, trimZeros: false))

    /// Tick labels of one axis. With `step` (linear ticks) every label has the decimals the step
    /// needs (0.0, 0.5, 1.0); without it (log ticks at m×10ᵏ) each has its own.
    package static func tick(step: Double?) -> NumberFormat { NumberFormat(style: .tick(step: step)) }

    /// One value in this style.
    package func string(_ value: Double) -> String {
        switch style {
        case .quoted(let digits): return Self.quotedString(value, digits: digits)
        case .formula(let digits): return Self.formulaString(value, digits: digits)
        case .configValue: return Self.configValueString(value)
        case .svgCoordinate: return Self.svgCoordinateString(value)
        case .label, .tick: return strings([value])[0]
        }
    }

    /// Several values that are read together (one axis, one heatmap's keys): chart styles choose
    /// plain or `×10ⁿ` for the whole set, so its labels match.
    package func strings(_ values: [Double]) -> [String] {
        switch style {
        case .label(let significant, let trimZeros): return Self.labelStrings(values, significant: significant, trimZeros: trimZeros)
        case .tick(let step): return Self.tickStrings(values, step: step)
        default: return values.map(string)
        }
    }
}
