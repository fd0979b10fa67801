import Foundation

extension Schedule {
    /// The learning rate of step `step` (0-based) of `total`: constant; cosine from `base` to 0;
    /// or linear warm-up over `warmup` steps to `base`, then cosine to 0.
    package func learningRate(step: Int, total: Int, base: Double, warmup: Int = 0) -> Double {
        switch self {
        case .constant:
            return base
        case .cosine:
            return base * 0.5 * (1 + cos(Double.pi * Double(step) / Double(max(total, 1))))
        case .warmupCosine:
            if step < warmup { return base * Double(step + 1) / Double(warmup) }
            let progress = Double(step - warmup) / Double(max(total - warmup, 1))
            return base * 0.5 * (1 + cos(Double.pi * progress))
        }
    }
}
