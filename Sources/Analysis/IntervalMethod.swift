/// How a fit's intervals were made, so that a caption can say it: Student-t intervals from the
/// law's residuals on log scale at its distinct points, with how many points and degrees of
/// freedom, and whether a bootstrap that chose its points again widened them.
package struct IntervalMethod: Sendable, Equatable, Codable {
    /// Distinct points the residuals were taken at: x values of a curve, (N, D) cells of
    /// `ChinchillaLaw`. Each is the mean of ln y over its seeds.
    package var points: Int
    /// Residual degrees of freedom: points − parameters fitted.
    package var degreesOfFreedom: Int
    /// Resamples of the bootstrap that chose the points again (a `best_over` envelope, a compute
    /// frontier, learning-rate optima) and widened each interval to hold its percentile interval;
    /// 0 when there was no choice to redo.
    package var selectionResamples: Int = 0

    package init(points: Int, degreesOfFreedom: Int, selectionResamples: Int = 0) {
        self.points = points
        self.degreesOfFreedom = degreesOfFreedom
        self.selectionResamples = selectionResamples
    }
}
