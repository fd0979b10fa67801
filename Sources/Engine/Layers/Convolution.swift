/// A 2-D convolution (1-D when the input has height 1 and the kernel height 1), with stride and
/// zero padding, lowered onto one GEMM per chunk of examples with im2col.
///
/// Examples are stored NHWC ((y·W + x)·C + c, see `InputShape`) and weights [O × kh·kw·C] with the
/// same (ky, kx, c) order as an im2col row, so a chunk of n examples is
/// columns [n·Ho·Wo × kh·kw·C] · Wᵀ = output [n·Ho·Wo × O], which is already the NHWC output.
/// The columns are rebuilt in backward rather than kept for the whole batch: one buffer of about
/// `chunkFloats` per layer, instead of [B·Ho·Wo × kh·kw·C].
final class Convolution: Layer {
    let input: InputShape
    let output: InputShape
    let kernelHeight: Int, kernelWidth: Int
    let stride: Int
    let paddingHeight: Int, paddingWidth: Int
    let hasBias: Bool
    let gain: Double
    /// Floats of the im2col buffer a chunk of examples may fill.
    static let chunkFloats = 1 << 18

    private(set) var weight: UnsafeMutablePointer<Float>!
    private(set) var bias: UnsafeMutablePointer<Float>?
    private var dWeight: UnsafeMutablePointer<Float>!
    private var dBias: UnsafeMutablePointer<Float>?
    private var columns = Buffer(0)
    private var chunk = 1  // examples per GEMM

    /// `kernel` is (height, width); a 1-D convolution is `kernel: (1, k)`, `padding: (0, p)`.
    init(_ input: InputShape, channels: Int, kernel: (Int, Int), stride: Int = 1, padding: (Int, Int) = (0, 0),
         bias: Bool = true, gain: Double = 1) {
        precondition(stride >= 1 && input.height + 2 * padding.0 >= kernel.0 && input.width + 2 * padding.1 >= kernel.1)
        self.input = input
        kernelHeight = kernel.0; kernelWidth = kernel.1
        self.stride = stride
        paddingHeight = padding.0; paddingWidth = padding.1
        hasBias = bias
        self.gain = gain
        output = InputShape(channels: channels,
                            height: (input.height + 2 * padding.0 - kernel.0) / stride + 1,
                            width: (input.width + 2 * padding.1 - kernel.1) / stride + 1)
    }

    var inputFeatures: Int { input.count }
    var outputFeatures: Int { output.count }
    /// Length of an im2col row: the weights of one output channel.
    var patch: Int { kernelHeight * kernelWidth * input.channels }
    /// A 1×1 convolution with stride 1 reads its input as the columns themselves.
    private var isPointwise: Bool { patch == input.channels && stride == 1 && paddingHeight == 0 && paddingWidth == 0 }

    var parameterTensors: [ParameterTensor] {
        var tensors = [ParameterTensor(name: "weight", kind: .weight, count: output.channels * patch, fanIn: patch,
                                       fanOut: output.channels * kernelHeight * kernelWidth,
                                       fanInScales: false, fanOutScales: false, gain: gain)]
        if hasBias {
            tensors.append(ParameterTensor(name: "bias", kind: .bias, count: output.channels, fanIn: 1, fanOut: output.channels,
                                           fanInScales: false, fanOutScales: false))
        }
        return tensors
    }

    func bind(parameters: UnsafeMutablePointer<Float>, gradients: UnsafeMutablePointer<Float>, state: UnsafeMutablePointer<Float>) {
        weight = parameters; dWeight = gradients
        if hasBias {
            bias = parameters + output.channels * patch
            dBias = gradients + output.channels * patch
        }
    }

    func prepare(maxBatch: Int) {
        chunk = max(1, min(maxBatch, Self.chunkFloats / (output.positions * patch)))
        columns = Buffer(isPointwise ? 0 : chunk * output.positions * patch)
    }

    /// 2 FLOPs per multiply-add of the forward GEMM.
    var matmulFlopsPerExample: Int { 2 * output.positions * patch * output.channels }
    var firstMatmulFlopsPerExample: Int? { matmulFlopsPerExample }

    // input [B × H·W·C] → output [B × Ho·Wo·O]: per chunk, columns [n·Ho·Wo × kh·kw·C] · Wᵀ [kh·kw·C × O] + b
    func forward(input x: UnsafePointer<Float>, output y: UnsafeMutablePointer<Float>, batch: Int, mode: Mode, random: inout RandomStream) {
        let o = output.channels, rowsPerExample = output.positions
        if let bias {
            for r in 0..<(batch * rowsPerExample) { Vector.copy(bias, to: y + r * o, o) }
        }
        var start = 0
        while start < batch {
            let n = min(chunk, batch - start), rows = n * rowsPerExample
            let a = columnsOf(x, from: start, count: n)
            Gemm.multiply(transposeA: false, transposeB: true, m: rows, n: o, k: patch,
                          a: a, b: weight, beta: bias == nil ? 0 : 1, c: y + start * rowsPerExample * o)
            start += n
        }
    }

    // dOutput [B × Ho·Wo·O] → dW [O × kh·kw·C] += dYᵀ·columns, db += Σ dY,
    //                          dInput += col2im(dY·W) (the columns' gradient scattered back)
    func backward(input x: UnsafePointer<Float>, output y: UnsafePointer<Float>, dOutput dy: UnsafePointer<Float>,
                  dInput dx: UnsafeMutablePointer<Float>?, batch: Int) {
        let o = output.channels, rowsPerExample = output.positions
        if let dBias { Vector.addColumnSums(dy, rows: batch * rowsPerExample, columns: o, into: dBias) }
        var start = 0
        while start < batch {
            let n = min(chunk, batch - start), rows = n * rowsPerExample
            let dyChunk = dy + start * rowsPerExample * o
            let a = columnsOf(x, from: start, count: n)
            Gemm.multiply(transposeA: true, transposeB: false, m: o, n: patch, k: rows, a: dyChunk, b: a, beta: 1, c: dWeight)
            if let dx {
                let dxChunk = dx + start * input.count
                if isPointwise {
                    Gemm.multiply(transposeA: false, transposeB: false, m: rows, n: patch, k: o, a: dyChunk, b: weight, beta: 1, c: dxChunk)
                } else {
                    Gemm.multiply(transposeA: false, transposeB: false, m: rows, n: patch, k: o, a: dyChunk, b: weight, beta: 0, c: columns.pointer)
                    scatterColumns(into: dxChunk, count: n)
                }
            }
            start += n
        }
    }

    /// The im2col rows of examples start..<start+count (or the input itself for a pointwise layer).
    /// In NHWC the kx run of one kernel row is contiguous in the input: one copy per (position, ky).
    private func columnsOf(_ x: UnsafePointer<Float>, from start: Int, count n: Int) -> UnsafePointer<Float> {
        let first = x + start * input.count
        if isPointwise { return first }
        var row = columns.pointer
        for e in 0..<n {
            let image = first + e * input.count
            forEachKernelRow { p, offset, before, valid, after in
                let out = row + p
                Self.zero(out, before)
                if valid > 0 { Self.copy(image + offset, to: out + before, valid) }
                Self.zero(out + before + valid, after)
            } nextPosition: { row += patch }
        }
        return UnsafePointer(columns.pointer)
    }

    /// col2im: adds each column entry of the buffer into the input position it was read from.
    private func scatterColumns(into dx: UnsafeMutablePointer<Float>, count n: Int) {
        var row = UnsafePointer(columns.pointer)
        for e in 0..<n {
            let image = dx + e * input.count
            forEachKernelRow { p, offset, before, valid, _ in
                if valid > 0 { Vector.add(row + p + before, into: image + offset, valid) }
            } nextPosition: { row += patch }
        }
    }

    /// For every output position and kernel row ky of one example: the row's start p within the
    /// position's patch, the input offset of its first in-bounds float, and how many floats of the
    /// row fall before, inside and after the input (padding), in that order.
    @inline(__always)
    private func forEachKernelRow(_ body: (_ p: Int, _ offset: Int, _ before: Int, _ valid: Int, _ after: Int) -> Void,
                                  nextPosition: () -> Void) {
        let c = input.channels, rowLength = kernelWidth * c
        for oy in 0..<output.height {
            for ox in 0..<output.width {
                let x0 = ox * stride - paddingWidth
                let kx0 = max(0, -x0), kx1 = min(kernelWidth, input.width - x0)
                let valid = max(0, kx1 - kx0) * c
                for ky in 0..<kernelHeight {
                    let iy = oy * stride - paddingHeight + ky
                    let p = ky * rowLength
                    if iy < 0 || iy >= input.height || valid == 0 {
                        body(p, 0, rowLength, 0, 0)
                    } else {
                        body(p, (iy * input.width + x0 + kx0) * c, kx0 * c, valid, rowLength - kx0 * c - valid)
                    }
                }
                nextPosition()
            }
        }
    }

    /// Short copies and fills inline (a 3-float kernel row of a one-channel image); longer ones by memmove.
    @inline(__always)
    private static func copy(_ x: UnsafePointer<Float>, to y: UnsafeMutablePointer<Float>, _ n: Int) {
        if n < 16 { for i in 0..<n { y[i] = x[i] } } else { Vector.copy(x, to: y, n) }
    }

    @inline(__always)
    private static func zero(_ y: UnsafeMutablePointer<Float>, _ n: Int) {
        if n < 16 { for i in 0..<n { y[i] = 0 } } else { Vector.zero(y, n) }
    }

    /// The direct seven-loop convolution the im2col path must agree with (accumulates in Double).
    func reference(input x: UnsafePointer<Float>, output y: UnsafeMutablePointer<Float>, batch: Int) {
        let c = input.channels
        for b in 0..<batch {
            for oy in 0..<output.height {
                for ox in 0..<output.width {
                    for oc in 0..<output.channels {
                        var sum = Double(bias?[oc] ?? 0)
                        for ky in 0..<kernelHeight {
                            for kx in 0..<kernelWidth {
                                let iy = oy * stride - paddingHeight + ky, ix = ox * stride - paddingWidth + kx
                                guard iy >= 0 && iy < input.height && ix >= 0 && ix < input.width else { continue }
                                for ic in 0..<c {
                                    let w = weight[oc * patch + (ky * kernelWidth + kx) * c + ic]
                                    sum += Double(w) * Double(x[b * input.count + (iy * input.width + ix) * c + ic])
                                }
                            }
                        }
                        y[b * output.count + (oy * output.width + ox) * output.channels + oc] = Float(sum)
                    }
                }
            }
        }
    }
}
