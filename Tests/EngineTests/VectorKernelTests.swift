import XCTest
@testable import Engine

/// The element-wise kernels against plain scalar loops written here. Where the kernel does the
/// same float operations in the same order, the results must agree bit for bit; the packed
/// square root is an approximation and is held to its stated relative error.
final class VectorKernelTests: XCTestCase {
    func testAddMatchesTheScalarSum() {
        for n in KernelData.lengths {
            let x = KernelData.normal(n, seed: 1), y0 = KernelData.withZeros(n, seed: 2)
            var y = y0
            x.withUnsafeBufferPointer { xp in y.withUnsafeMutableBufferPointer { yp in
                Vector.add(xp.baseAddress!, into: yp.baseAddress!, n)
            } }
            let reference = (0..<n).map { y0[$0] + x[$0] }
            XCTAssertEqual(y.map(\.bitPattern), reference.map(\.bitPattern), "n = \(n)")
        }
    }

    func testColumnSumsAddRowsInOrder() {
        for columns in KernelData.lengths where columns > 0 {
            let rows = 5
            let x = KernelData.normal(rows * columns, seed: 3), out0 = KernelData.normal(columns, seed: 4)
            var out = out0
            x.withUnsafeBufferPointer { xp in out.withUnsafeMutableBufferPointer { op in
                Vector.addColumnSums(xp.baseAddress!, rows: rows, columns: columns, into: op.baseAddress!)
            } }
            var reference = out0
            for r in 0..<rows { for c in 0..<columns { reference[c] += x[r * columns + c] } }
            XCTAssertEqual(out.map(\.bitPattern), reference.map(\.bitPattern), "columns = \(columns)")
        }
    }

    /// Relative error below 2e-7 (its comment's promise) from the smallest normal float to the
    /// largest, and exactly 0 for 0.
    func testPackedSquareRootIsWithinItsStatedError() {
        var random = RandomStream(seed: 5, purpose: .dataGeneration)
        var worst: Double = 0
        for block in 0..<2_000 {
            let lanes = (0..<16).map { lane -> Float in
                if block == 0 && lane < 2 { return lane == 0 ? 0 : .leastNormalMagnitude }
                // Uniform in log between 2⁻¹²⁶ and 2¹²⁷: every exponent, every mantissa.
                return Float(exp2(-126 + 253 * random.uniform()))
            }
            let root = Vector.squareRoot(Vector.V(lanes))
            for (lane, x) in lanes.enumerated() {
                if x == 0 { XCTAssertEqual(root[lane].bitPattern, 0); continue }
                let exact = Double(x).squareRoot()
                worst = max(worst, abs(Double(root[lane]) - exact) / exact)
            }
        }
        XCTAssertLessThan(worst, 2e-7, "largest relative error \(worst)")
    }

    func testReLUForwardMatchesMaxWithZero() {
        for n in KernelData.lengths {
            let x = KernelData.withZeros(n, seed: 6)
            var y = [Float](repeating: .nan, count: n)
            x.withUnsafeBufferPointer { xp in y.withUnsafeMutableBufferPointer { yp in
                ActivationLayer.reluForward(xp.baseAddress!, yp.baseAddress!, n)
            } }
            // `==`, not bit patterns: the SIMD body keeps the sign of a −0 input that the scalar
            // tail writes as +0; neither changes a later product or sum.
            XCTAssertEqual(y, x.map { $0 > 0 ? $0 : 0 }, "n = \(n)")
        }
    }

    func testReLUBackwardPassesGradientWhereTheOutputIsPositive() {
        for n in KernelData.lengths {
            let y = KernelData.withZeros(n, seed: 7).map { max($0, 0) }
            let dy = KernelData.normal(n, seed: 8), dx0 = KernelData.normal(n, seed: 9)
            var dx = dx0
            y.withUnsafeBufferPointer { yp in dy.withUnsafeBufferPointer { dyp in dx.withUnsafeMutableBufferPointer { dxp in
                ActivationLayer.reluBackward(yp.baseAddress!, dyp.baseAddress!, dxp.baseAddress!, n)
            } } }
            let reference = (0..<n).map { y[$0] > 0 ? dx0[$0] + dy[$0] : dx0[$0] }
            XCTAssertEqual(dx.map(\.bitPattern), reference.map(\.bitPattern), "n = \(n)")
        }
    }
}
