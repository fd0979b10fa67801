import Foundation

/// Mean squared error over every output of every example.
enum MeanSquaredError {
    // predictions [B × O], targets [B × O] → Σ (p − t)²
    static func forward(predictions: UnsafePointer<Float>, targets: UnsafePointer<Float>, batch: Int, outputs: Int) -> Double {
        var sum = 0.0
        for i in 0..<(batch * outputs) {
            let d = Double(predictions[i] - targets[i])
            sum += d * d
        }
        return sum
    }

    // → dPredictions [B × O] += 2(p − t) / (B·O)
    static func backward(predictions: UnsafePointer<Float>, targets: UnsafePointer<Float>, dPredictions: UnsafeMutablePointer<Float>,
                         batch: Int, outputs: Int) {
        let scale = 2 / Float(batch * outputs)
        for i in 0..<(batch * outputs) { dPredictions[i] += scale * (predictions[i] - targets[i]) }
    }

    // → rowLosses [B] = (1/O)·Σ_o (p − t)², each example's loss as the trainer reports it
    static func rowLosses(predictions: UnsafePointer<Float>, targets: UnsafePointer<Float>, rowLosses: UnsafeMutablePointer<Float>,
                          batch: Int, outputs: Int) {
        for r in 0..<batch {
            var sum: Float = 0
            for i in (r * outputs)..<((r + 1) * outputs) { sum += (predictions[i] - targets[i]) * (predictions[i] - targets[i]) }
            rowLosses[r] = sum / Float(outputs)
        }
    }

    // weights [B] → dPredictions [B × O] += w_r·2(p − t)/O (the gradient of Σ_r w_r·ℓ_r)
    static func backward(predictions: UnsafePointer<Float>, targets: UnsafePointer<Float>, weights: UnsafePointer<Float>,
                         dPredictions: UnsafeMutablePointer<Float>, batch: Int, outputs: Int) {
        let scale = 2 / Float(outputs)
        for r in 0..<batch where weights[r] != 0 {
            let w = scale * weights[r]
            for i in (r * outputs)..<((r + 1) * outputs) { dPredictions[i] += w * (predictions[i] - targets[i]) }
        }
    }
}
