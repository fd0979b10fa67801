import Numerics
import Testing

/// SplitMix64 feeds bootstrap intervals, random sweeps and every trained weight: its outputs are
/// part of the results store's meaning and must never change.
@Suite struct SplitMix64Tests {
    /// The first outputs of Vigna's reference implementation (splitmix64.c) from seed 0.
    @Test func matchesTheReferenceImplementation() {
        var rng = SplitMix64(seed: 0)
        #expect((0..<4).map { _ in rng.next() } == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F, 0xF88B_B8A8_724C_81EC])
    }

    /// Output n of a generator seeded with s is mix(s + (n − 1)·γ): the counter-based form the
    /// engine's streams rely on.
    @Test func eachOutputIsTheMixOfItsPosition() {
        let seed: UInt64 = 0x1234_5678_9ABC_DEF0
        var rng = SplitMix64(seed: seed)
        for n in 0..<100 as Range<UInt64> {
            #expect(rng.next() == SplitMix64.mix(seed &+ n &* SplitMix64.gamma))
        }
    }

    /// `unit` keeps 53 bits: a multiple of 2⁻⁵³ in [0, 1), the top bits of `next`.
    @Test func unitIsTheTop53BitsOfTheNextOutput() {
        var a = SplitMix64(seed: 9), b = SplitMix64(seed: 9)
        for _ in 0..<1000 {
            let u = a.unit()
            #expect(u >= 0 && u < 1)
            #expect(u == Double(b.next() >> 11) / 9_007_199_254_740_992)
        }
    }

    @Test func indicesStayBelowTheirBoundAndAreFixed() {
        var rng = SplitMix64(seed: 1)
        #expect((0..<10).map { _ in rng.index(below: 7) } == [3, 5, 6, 3, 3, 5, 6, 3, 1, 5])
        for bound in [1, 2, 3, 1000, Int.max] {
            for _ in 0..<200 { #expect((0..<bound).contains(rng.index(below: bound))) }
        }
    }
}
