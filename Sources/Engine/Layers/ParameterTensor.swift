/// One parameter tensor as the network lays it out, with what μP needs to know about it.
struct ParameterTensor {
    enum Kind { case weight, bias, normGain, normShift }
    var name: String
    var kind: Kind
    var count: Int
    /// Fan-in and fan-out, and whether each grows with the model's width (μP's "infinite" dims).
    var fanIn: Int
    var fanOut: Int
    var fanInScales: Bool
    var fanOutScales: Bool
    /// Gain for the initial standard deviation gain/√fan_in (√2 before ReLU: He initialisation).
    var gain: Double = 1
    /// Offset into the network's flat parameter buffer, assigned when the network is built.
    var offset: Int = 0
}
