/// The AND-mask of Parascandolo et al. 2021 ("Learning explanations that are hard to vary",
/// §4): keep a gradient coordinate only where the environments agree on its sign,
/// |mean_e sign(g_e,j)| ≥ τ, and use the mean gradient there. As in the authors' code, each
/// parameter tensor is then divided by the fraction of its coordinates kept, so a sparse mask
/// does not shrink the step; a tensor with nothing kept gets a zero gradient.
enum ANDMask {
    // environmentGradients [E × P] (row e = ∇ of environment e's mean loss) → gradients [P]
    static func combine(environmentGradients: UnsafePointer<Float>, environments: Int, parameterCount: Int,
                        threshold: Float, tensors: [ParameterTensor], into gradients: UnsafeMutablePointer<Float>) {
        let inverseCount = 1 / Float(environments)
        // The sign sum is an integer: compare it with τ·E (less a little, so τ = 1 with three
        // environments is not lost to rounding) instead of dividing.
        let agreement = threshold * Float(environments) - 1e-4
        for t in tensors {
            var kept = 0
            for j in t.offset..<(t.offset + t.count) {
                var signs: Float = 0, sum: Float = 0
                for e in 0..<environments {
                    let g = environmentGradients[e * parameterCount + j]
                    sum += g
                    signs += g > 0 ? 1 : (g < 0 ? -1 : 0)
                }
                if abs(signs) >= agreement {
                    gradients[j] = sum * inverseCount
                    kept += 1
                } else {
                    gradients[j] = 0
                }
            }
            guard kept > 0, kept < t.count else { continue }
            let rescale = Float(t.count) / Float(kept)
            for j in t.offset..<(t.offset + t.count) { gradients[j] *= rescale }
        }
    }
}
