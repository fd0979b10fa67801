/// labbook's one random number generator: bootstrap resampling, random-sweep samples and the
/// engine's streams (initialisation, data order, dropout) all draw from it, so one set of
/// constants decides every random number a notebook shows.
///
/// SplitMix64 (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators"),
/// with the increment and mixing constants of Vigna's public-domain reference. Output n of a
/// generator seeded with s is `finalize(s + n·γ)`: each output depends only on the seed and its
/// position, which is what lets counter-based streams be built on it. Ample for resampling and
/// initialisation; not for cryptography.
package struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The Weyl increment γ, 2⁶⁴/φ made odd.
    package static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

    @usableFromInline var state: UInt64

    @inlinable
    package init(seed: UInt64) {
        state = seed
    }

    @inlinable @inline(__always)
    package mutating func next() -> UInt64 {
        state &+= Self.gamma
        return Self.finalize(state)
    }

    /// The first output of a generator seeded with `z`: a 64-bit hash, for deriving keys.
    @inlinable @inline(__always)
    package static func mix(_ z: UInt64) -> UInt64 {
        finalize(z &+ gamma)
    }

    /// Stafford's "Mix13" finaliser, the bijection that turns the Weyl sequence into output.
    @inlinable @inline(__always)
    static func finalize(_ z0: UInt64) -> UInt64 {
        var z = z0
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1) from the top 53 bits: every value is a multiple of 2⁻⁵³, exactly.
    @inlinable @inline(__always)
    package mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform integer in `0..<bound`.
    ///
    /// Written here rather than using `Int.random(in:using:)`, whose algorithm the standard
    /// library does not promise to keep: intervals must not change with the compiler.
    /// Lemire's multiply-and-reject method (Lemire 2019, "Fast random integer generation in an
    /// interval"), which has no modulo bias.
    package mutating func index(below bound: Int) -> Int {
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
