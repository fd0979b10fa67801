/// A fitted law: named parameters and the formula they make.
package protocol ScalingLaw: Sendable, Equatable {
    /// Parameter names in the order the formula shows them, e.g. ["E", "A", "b"].
    var parameterNames: [String] { get }
    /// Parameter values by name, as `value` directives look them up ("width-law.b").
    var parameters: [String: Double] { get }
    /// The law with its numbers, e.g. "L = 0.21 + 3.4·x^−0.32".
    var formula: String { get }
    /// Parameters that are positive scales (A, B), whose intervals are taken on ln scale.
    var logScaleParameters: Set<String> { get }
    /// The same law with other values, given in `parameterNames` order.
    func replacing(_ values: [Double]) -> Self
}

extension OneVariableLaw {
    package var formula: String { formula(x: "x", y: "L") }
}
