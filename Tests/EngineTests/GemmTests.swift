import XCTest
@testable import Engine

final class GemmTests: XCTestCase {
    /// cblas_sgemm (row-major, every transpose combination, beta 0 and 1) equals the triple loop.
    func testSgemmMatchesReferenceLoop() {
        var random = RandomStream(seed: 1, purpose: .initialisation)
        let m = 7, n = 5, k = 9
        for transposeA in [false, true] {
            for transposeB in [false, true] {
                for beta: Float in [0, 1] {
                    let a = (0..<(m * k)).map { _ in Float(random.normal()) }
                    let b = (0..<(k * n)).map { _ in Float(random.normal()) }
                    let start = (0..<(m * n)).map { _ in Float(random.normal()) }
                    var fast = start, slow = start
                    Gemm.multiply(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: 0.5, a: a, b: b, beta: beta, c: &fast)
                    Gemm.reference(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: 0.5, a: a, b: b, beta: beta, c: &slow)
                    let worst = zip(fast, slow).map { abs($0 - $1) }.max()!
                    XCTAssertLessThan(worst, 1e-5, "transposeA \(transposeA) transposeB \(transposeB) beta \(beta)")
                }
            }
        }
    }

    func testReferenceOnAKnownProduct() {
        let a: [Float] = [1, 2, 3, 4, 5, 6]  // 2×3
        let b: [Float] = [1, 0, 0, 1, 1, 1]  // 3×2
        var c = [Float](repeating: 0, count: 4)
        Gemm.reference(transposeA: false, transposeB: false, m: 2, n: 2, k: 3, a: a, b: b, beta: 0, c: &c)
        XCTAssertEqual(c, [4, 5, 10, 11])
    }
}
