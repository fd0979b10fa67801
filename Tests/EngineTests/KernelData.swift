@testable import Engine

/// Random inputs for the kernel tests, at lengths that hit every path of a SIMD16 loop: empty,
/// tail only (1, 15), one block plus a tail (17), two blocks plus a tail (37), and many blocks.
enum KernelData {
    static let lengths = [0, 1, 15, 17, 37, 1_031]

    /// Standard normal floats, reproducible from `seed`.
    static func normal(_ count: Int, seed: UInt64) -> [Float] {
        var random = RandomStream(seed: seed, purpose: .dataGeneration)
        return (0..<count).map { _ in Float(random.normal()) }
    }

    /// Normal floats with about one in four set to exactly zero, as ReLU outputs and sparse
    /// gradients have.
    static func withZeros(_ count: Int, seed: UInt64) -> [Float] {
        var random = RandomStream(seed: seed, purpose: .dropout)
        return normal(count, seed: seed).map { random.uniform() < 0.25 ? 0 : $0 }
    }
}
