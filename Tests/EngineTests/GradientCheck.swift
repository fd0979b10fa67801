@testable import Engine

/// Central finite differences against a layer's backward pass.
///
/// The scalar checked is L = Σ r ⊙ layer(x) for a fixed random r, summed in Double, so
/// ∂L/∂y = r is what backward receives. Each selected input and parameter coordinate is moved
/// by ±h and ±h/2; the central differences D(h), D(h/2) are combined by Richardson extrapolation
/// (4·D(h/2) − D(h))/3 and compared with the analytic gradient.
///
/// Tolerance: the forward pass is Float32. A plain central difference with h = 1e-2 has a
/// truncation error h²/6·|L'''| that reached 2.5e-3 on the deepest model checked (it fell as h²
/// when h was halved: truncation, not a bug); extrapolation cancels that term, leaving O(h⁴) and
/// rounding, about ε·Σ|r·y|/h ≈ 6e-8·(B·O)/5e-3 ≈ 1e-5·B·O worst case and √(B·O) times less
/// typically. For the shapes below (B·O ≤ 30) that bounds the error near 3e-4; the tests allow
/// 1e-3 relative (|a − n| / max(1, |a|, |n|)). A wrong term in a gradient gives 1e-1 or more.
struct GradientCheck {
    var step: Float = 1e-2
    var maxCoordinates = 120
    var richardson = true

    struct Report {
        var maxAbsoluteError: Double = 0
        var maxRelativeError: Double = 0  // |a − n| / max(1, |a|, |n|)
        var checked = 0
    }

    /// Checks `layer` on a batch; `avoidKinks` keeps inputs away from 0 (ReLU's kink).
    func run(_ layer: Layer, batch: Int, avoidKinks: Bool = false, mode: Mode = .train, seed: UInt64 = 7) -> Report {
        var random = RandomStream(seed: seed, purpose: .initialisation)
        let parameterCount = layer.parameterTensors.reduce(0) { $0 + $1.count }
        let parameters = Buffer(parameterCount), gradients = Buffer(parameterCount), state = Buffer(layer.stateCount)
        layer.bind(parameters: parameters.pointer, gradients: gradients.pointer, state: state.pointer)
        layer.resetState()
        layer.prepare(maxBatch: batch)
        var offset = 0
        for t in layer.parameterTensors {
            for i in 0..<t.count {
                let v = Float(random.normal()) * 0.5
                parameters.pointer[offset + i] = t.kind == .normGain ? 1 + v * 0.4 : v
            }
            offset += t.count
        }
        let inputCount = batch * layer.inputFeatures, outputCount = batch * layer.outputFeatures
        let input = Buffer(inputCount), output = Buffer(outputCount), dInput = Buffer(inputCount)
        let projection = Buffer(outputCount)
        for i in 0..<inputCount {
            var v = Float(random.normal())
            if avoidKinks { v = v < 0 ? v - 0.2 : v + 0.2 }
            input.pointer[i] = v
        }
        for i in 0..<outputCount { projection.pointer[i] = Float(random.normal()) }

        func objective() -> Double {
            var dropout = RandomStream(seed: 99, purpose: .dropout)
            layer.forward(input: input.pointer, output: output.pointer, batch: batch, mode: mode, random: &dropout)
            var s = 0.0
            for i in 0..<outputCount { s += Double(output.pointer[i]) * Double(projection.pointer[i]) }
            return s
        }

        _ = objective()
        layer.backward(input: input.pointer, output: output.pointer, dOutput: projection.pointer, dInput: dInput.pointer, batch: batch)

        var report = Report()
        var picker = RandomStream(seed: seed, purpose: .split)
        func check(_ values: UnsafeMutablePointer<Float>, _ analytic: UnsafeMutablePointer<Float>, _ count: Int) {
            let indices = count <= maxCoordinates ? Array(0..<count) : Array(picker.permutation(count).prefix(maxCoordinates))
            for i in indices {
                let saved = values[i]
                func centralDifference(_ h: Float) -> Double {
                    values[i] = saved + h
                    let plus = objective()
                    values[i] = saved - h
                    let minus = objective()
                    values[i] = saved
                    return (plus - minus) / (Double(saved + h) - Double(saved - h))
                }
                // Richardson extrapolation cancels the h² term of the central difference.
                let numeric = richardson ? (4 * centralDifference(step / 2) - centralDifference(step)) / 3 : centralDifference(step)
                let a = Double(analytic[i])
                let difference = abs(a - numeric)
                report.maxAbsoluteError = max(report.maxAbsoluteError, difference)
                report.maxRelativeError = max(report.maxRelativeError, difference / max(1, abs(a), abs(numeric)))
                report.checked += 1
            }
        }
        check(input.pointer, dInput.pointer, inputCount)
        check(parameters.pointer, gradients.pointer, parameterCount)
        return report
    }
}
