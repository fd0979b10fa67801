/// A small, seeded random number generator, so that every bootstrap interval is reproducible:
/// the same data and seed give the same interval on every machine and Swift version.
///
/// SplitMix64 (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators"),
/// with the increment and mixing constants of Vigna's public-domain reference. Its statistical
/// quality is ample for resampling; it is not for cryptography.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound`.
    ///
    /// Written here rather than using `Int.random(in:using:)`, whose algorithm the standard
    /// library does not promise to keep: intervals must not change with the compiler.
    /// Lemire's multiply-and-reject method (Lemire 2019, "Fast random integer generation in an
    /// interval"), which has no modulo bias.
    public mutating func index(below bound: Int) -> Int {
        precondition(bound > 0, "index(below:) needs a positive bound")
        let range = UInt64(bound)
        var product = range.multipliedFullWidth(by: next())
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = range.multipliedFullWidth(by: next())
            }
        }
        return Int(product.high)
    }
}
