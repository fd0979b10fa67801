import Analysis
import Engine
import Foundation
import Notes
import Numerics
import Planning
import Site
import Store

/// A drawn plot: the SVG figure with its caption and provenance, its data as CSV, and the numbers
/// prose may quote from it.
struct FigureOutput {
    var svg: String
    /// What the figure shows beyond the author's caption: the fit, its intervals, held-out points.
    var notes: String
    var csv: String
    /// `b` → "0.32", `b.low` → …, `holdout_error` → …, `at.2048` → the mean at x = 2048; with
    /// series, the same again under the series' value (`erm.b`, `erm.at.2048`).
    var values: [String: String] = [:]
}
