import Foundation

/// Softmax followed by cross-entropy against integer labels, averaged over the batch.
enum SoftmaxCrossEntropy {
    // logits [B × C], labels [B] → probabilities [B × C], rowLosses [B] if given;
    // returns (Σ losses, correct predictions)
    static func forward(logits: UnsafePointer<Float>, labels: UnsafePointer<Int32>, probabilities: UnsafeMutablePointer<Float>,
                        rowLosses: UnsafeMutablePointer<Float>? = nil, batch: Int, classes: Int) -> (lossSum: Double, correct: Int) {
        var lossSum = 0.0
        var correct = 0
        for r in 0..<batch {
            let z = logits + r * classes, p = probabilities + r * classes
            var maxValue = z[0], argmax = 0
            for c in 1..<max(classes, 1) where z[c] > maxValue { maxValue = z[c]; argmax = c }
            var sum: Float = 0
            for c in 0..<classes { let e = expf(z[c] - maxValue); p[c] = e; sum += e }
            let inverse = 1 / sum
            for c in 0..<classes { p[c] *= inverse }
            let label = Int(labels[r])
            let loss = logf(sum) + maxValue - z[label]  // −log softmax, without forming log p
            lossSum += Double(loss)
            rowLosses?[r] = loss
            if argmax == label { correct += 1 }
        }
        return (lossSum, correct)
    }

    // probabilities [B × C], labels [B] → dLogits [B × C] += (p − onehot(label)) / B
    static func backward(probabilities: UnsafePointer<Float>, labels: UnsafePointer<Int32>, dLogits: UnsafeMutablePointer<Float>,
                         batch: Int, classes: Int) {
        let scale = 1 / Float(batch)
        for r in 0..<batch {
            let p = probabilities + r * classes, d = dLogits + r * classes
            for c in 0..<classes { d[c] += p[c] * scale }
            d[Int(labels[r])] -= scale
        }
    }

    // probabilities [B × C], labels [B], weights [B] → dLogits [B × C] += w_r·(p − onehot(label))
    // (the gradient of Σ_r w_r·ℓ_r, for group objectives)
    static func backward(probabilities: UnsafePointer<Float>, labels: UnsafePointer<Int32>, weights: UnsafePointer<Float>,
                         dLogits: UnsafeMutablePointer<Float>, batch: Int, classes: Int) {
        for r in 0..<batch where weights[r] != 0 {
            let p = probabilities + r * classes, d = dLogits + r * classes, w = weights[r]
            for c in 0..<classes { d[c] += p[c] * w }
            d[Int(labels[r])] -= w
        }
    }
}

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
