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
