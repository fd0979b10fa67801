import Foundation
import Numerics

/// A counter-based random stream: output i is a SplitMix64 hash of (key, i).
///
/// The key is derived from the trial seed and a stream id, so initialisation, data order and
/// dropout draw from independent streams, and each is reproducible on its own. Generated data
/// and splits use the configuration's `data_seed` the same way. No global state.
package struct RandomStream: Sendable {
    /// Which part of a trial a stream serves. The raw value is part of the key: never renumber.
    package enum Purpose: UInt64, Sendable {
        case initialisation = 1
        case dataOrder = 2
        case dropout = 3
        case dataGeneration = 4
        /// Validation and test splits of files (5 was used once; left free).
        case split = 6
        /// The few-shot training examples (`shots`), drawn by the trial seed.
        case shots = 7
    }

    private let key: UInt64
    /// Output i (from 1) is mix(key + i·γ), which is output i of SplitMix64 seeded with key + γ.
    private var generator: SplitMix64

    package init(seed: UInt64, purpose: Purpose, substream: UInt64 = 0) {
        self.init(key: SplitMix64.mix(SplitMix64.mix(seed ^ 0x6C62_6C62_6F6F_6B00) ^ SplitMix64.mix(purpose.rawValue &* SplitMix64.gamma &+ substream)))
    }

    /// A child stream, independent of this one, for example one per generated example.
    package func child(_ index: UInt64) -> RandomStream {
        RandomStream(key: SplitMix64.mix(key ^ SplitMix64.mix(index &+ 0xA5A5_A5A5)))
    }

    private init(key: UInt64) {
        self.key = key
        generator = SplitMix64(seed: key &+ SplitMix64.gamma)
    }

    @inline(__always)
    package mutating func next() -> UInt64 {
        generator.next()
    }

    /// Uniform in [0, 1) with 53 random bits.
    @inline(__always)
    package mutating func uniform() -> Double {
        generator.unit()
    }

    /// Uniform in [0, 1) with 24 random bits (exactly representable in Float).
    @inline(__always)
    package mutating func uniformFloat() -> Float {
        Float(next() >> 40) * 0x1.0p-24
    }

    /// Uniform integer in 0..<n (Lemire's multiply-shift; the tiny bias is irrelevant here).
    @inline(__always)
    package mutating func below(_ n: Int) -> Int {
        Int(truncatingIfNeeded: (UInt128(next()) &* UInt128(UInt64(n))) >> 64)
    }

    /// Standard normal by Box–Muller (one value per two uniforms, so the stream stays simple).
    package mutating func normal() -> Double {
        let u1 = 1.0 - uniform()  // (0, 1]
        let u2 = uniform()
        return (-2.0 * log(u1)).squareRoot() * cos(2.0 * Double.pi * u2)
    }

    /// A uniformly random permutation of 0..<n (Fisher–Yates).
    package mutating func permutation(_ n: Int) -> [Int] {
        var p = Array(0..<n)
        shuffle(&p)
        return p
    }

    /// Shuffles in place. Through a buffer pointer: the array's generic `swapAt` allocates in
    /// debug builds, and a training step reshuffles every epoch and must not allocate.
    package mutating func shuffle(_ p: inout [Int]) {
        if p.count < 2 { return }
        p.withUnsafeMutableBufferPointer { b in
            for i in stride(from: b.count - 1, to: 0, by: -1) {
                let j = below(i + 1)
                let t = b[i]
                b[i] = b[j]
                b[j] = t
            }
        }
    }
}

