import Numerics

extension SplitMix64 {
    /// Random-search sample i's generator, seeded by (sweep seed, i) alone, so asking for more
    /// samples keeps the earlier ones.
    init(sweepSeed: UInt64, sample: Int) {
        // `^` binds like `+` in Swift: ((seed·γ) ^ i) + c, as every recorded sweep was drawn.
        self.init(seed: sweepSeed &* SplitMix64.gamma ^ UInt64(sample) &+ 0xD1B5_4A32_D192_ED03)
    }
}
