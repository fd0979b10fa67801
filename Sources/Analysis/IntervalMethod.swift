/// How a fit's intervals were made, so that a caption can say it: Student-t intervals from the
/// law's residuals on log scale at its distinct points, with how many points and degrees of
/// freedom, and the bootstrap over seeds that widened them.
package struct IntervalMethod: Sendable, Equatable, Codable {
    /// Distinct points the residuals were taken at: x values of a curve, (N, D) cells of
    /// `ChinchillaLaw`. Each is the mean of ln y over its seeds.
    package var points: Int
    /// Residual degrees of freedom: points − parameters fitted.
    package var degreesOfFreedom: Int
    /// Resamples of the bootstrap over seeds (`SeedResampling`) whose percentile interval each t
    /// interval was widened to hold: it sees seeds that differ in slope, and the doubt of a fit
    /// that chooses its points again (an envelope, a frontier, learning-rate optima). 0 when none ran.
    package var seedResamples: Int = 0

    package init(points: Int, degreesOfFreedom: Int, seedResamples: Int = 0) {
        self.points = points
        self.degreesOfFreedom = degreesOfFreedom
        self.seedResamples = seedResamples
    }
}
