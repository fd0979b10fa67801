import Foundation

/// The per-example term of IRMv1's penalty (Arjovsky et al. 2019, "Invariant Risk
/// Minimization", §3.1): s_r = ∂ℓ(w·z_r, y_r)/∂w at w = 1, the slope of the loss under a scalar
/// "dummy classifier" w on the outputs z. An environment's penalty is (mean_r s_r)²; the chain
/// rule through the mean is the caller's, the derivative of s_r with respect to z_r is here.
enum IRMPenalty {
    // Cross-entropy: ∂/∂w Σ_c −y_c log softmax(w·z)_c = Σ_c (p_c − y_c)·z_c at w = 1.
    // logits [B × C], probabilities [B × C], labels [B] → slopes [B]
    static func classificationSlopes(logits: UnsafePointer<Float>, probabilities: UnsafePointer<Float>, labels: UnsafePointer<Int32>,
                                     slopes: UnsafeMutablePointer<Float>, batch: Int, classes: Int) {
        for r in 0..<batch {
            let z = logits + r * classes, p = probabilities + r * classes
            var s: Float = 0
            for c in 0..<classes { s += p[c] * z[c] }
            slopes[r] = s - z[Int(labels[r])]
        }
    }

    // ∂s_r/∂z_k = (p_k − y_k) + p_k·(z_k − z̄_r), z̄_r = Σ_c p_c·z_c (the softmax Jacobian applied to z).
    // dLogits [B × C] += coefficients[r] · ∂s_r/∂z_r
    static func classificationBackward(logits: UnsafePointer<Float>, probabilities: UnsafePointer<Float>, labels: UnsafePointer<Int32>,
                                       coefficients: UnsafePointer<Float>, dLogits: UnsafeMutablePointer<Float>, batch: Int, classes: Int) {
        for r in 0..<batch where coefficients[r] != 0 {
            let z = logits + r * classes, p = probabilities + r * classes, d = dLogits + r * classes
            let k = coefficients[r]
            var mean: Float = 0
            for c in 0..<classes { mean += p[c] * z[c] }
            for c in 0..<classes { d[c] += k * p[c] * (1 + z[c] - mean) }
            d[Int(labels[r])] -= k
        }
    }

    // Mean squared error over O outputs: ∂/∂w (1/O)·Σ_o (w·z_o − t_o)² = (2/O)·Σ_o (z_o − t_o)·z_o at w = 1.
    // predictions [B × O], targets [B × O] → slopes [B]
    static func regressionSlopes(predictions: UnsafePointer<Float>, targets: UnsafePointer<Float>,
                                 slopes: UnsafeMutablePointer<Float>, batch: Int, outputs: Int) {
        let scale = 2 / Float(outputs)
        for r in 0..<batch {
            var s: Float = 0
            for o in (r * outputs)..<((r + 1) * outputs) { s += (predictions[o] - targets[o]) * predictions[o] }
            slopes[r] = scale * s
        }
    }

    // ∂s_r/∂z_o = (2/O)·(2z_o − t_o); dPredictions [B × O] += coefficients[r] · ∂s_r/∂z_r
    static func regressionBackward(predictions: UnsafePointer<Float>, targets: UnsafePointer<Float>, coefficients: UnsafePointer<Float>,
                                   dPredictions: UnsafeMutablePointer<Float>, batch: Int, outputs: Int) {
        let scale = 2 / Float(outputs)
        for r in 0..<batch where coefficients[r] != 0 {
            let k = scale * coefficients[r]
            for o in (r * outputs)..<((r + 1) * outputs) { dPredictions[o] += k * (2 * predictions[o] - targets[o]) }
        }
    }
}
