/// A law of one variable, L(x), that can be drawn as a curve and extrapolated.
package protocol OneVariableLaw: ScalingLaw {
    func predict(_ x: Double) -> Double
    /// The formula with the plot's own names, e.g. `formula(x: "width", y: "test_loss")`.
    func formula(x: String, y: String) -> String
}
