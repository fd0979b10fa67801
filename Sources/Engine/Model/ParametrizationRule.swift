/// Initialisation scale and per-tensor learning-rate multipliers of a parametrization.
///
/// μP follows Tensor Programs V (Yang et al. 2022), Table 3, written relative to a base width
/// so that at width == base_width μP equals the standard parametrization. With m = width/base:
///
/// | tensor (fan-in → fan-out)          | init variance ×  | Adam lr × | SGD lr × |
/// |------------------------------------|------------------|-----------|----------|
/// | input weights, biases, norm params (finite → ∞) | 1   | 1         | m        |
/// | hidden weights (∞ → ∞)             | 1                | 1/m       | 1        |
/// | output weights (∞ → finite)        | 1/m              | 1/m       | 1/m      |
///
/// Variances are relative to gain²/fan_in; tensors with no width-sized dimension keep 1.
struct ParametrizationRule {
    var parametrization: Parametrization
    var widthMultiplier: Double
    var optimizer: OptimizerKind

    static func standard(_ optimizer: OptimizerKind) -> ParametrizationRule {
        ParametrizationRule(parametrization: .standard, widthMultiplier: 1, optimizer: optimizer)
    }

    func initialScale(_ t: ParameterTensor) -> Double {
        guard parametrization == .mup, t.fanInScales, !t.fanOutScales else { return 1 }
        return (1 / widthMultiplier).squareRoot()
    }

    func learningRateScale(_ t: ParameterTensor) -> Double {
        guard parametrization == .mup else { return 1 }
        let m = widthMultiplier
        switch (t.fanInScales, t.fanOutScales, optimizer) {
        case (false, false, _): return 1
        case (false, true, .sgd): return m
        case (false, true, _): return 1
        case (true, true, .sgd): return 1
        case (true, true, _): return 1 / m
        case (true, false, _): return 1 / m
        }
    }
}
