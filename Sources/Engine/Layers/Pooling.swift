/// Max or average pooling over non-overlapping windows (window = stride, remainders dropped, as
/// PyTorch's `MaxPool2d(k)` / `AvgPool2d(k)`), per channel, on NHWC examples. A 1-D pool has
/// window height 1.
final class Pooling: Layer {
    enum Kind { case max, average }
    let kind: Kind
    let input: InputShape
    let output: InputShape
    let windowHeight: Int, windowWidth: Int
    private var argmax = IndexBuffer(0)  // [B × Ho·Wo·C]: the input index (within the batch) each max came from (first on ties)

    init(_ kind: Kind, _ input: InputShape, window: (Int, Int)) {
        precondition(window.0 >= 1 && window.1 >= 1 && input.height >= window.0 && input.width >= window.1)
        self.kind = kind
        self.input = input
        windowHeight = window.0; windowWidth = window.1
        output = InputShape(channels: input.channels, height: input.height / window.0, width: input.width / window.1)
    }

    var inputFeatures: Int { input.count }
    var outputFeatures: Int { output.count }

    func prepare(maxBatch: Int) { argmax = IndexBuffer(maxBatch * output.count) }  // written by average pooling too, unread

    // input [B × H·W·C] → output [B × Ho·Wo·C]: the max (argmax kept) or mean of each window
    func forward(input x: UnsafePointer<Float>, output y: UnsafeMutablePointer<Float>, batch: Int, mode: Mode, random: inout RandomStream) {
        let c = input.channels, scale = 1 / Float(windowHeight * windowWidth), arg = argmax.pointer
        for b in 0..<batch {
            for oy in 0..<output.height {
                for ox in 0..<output.width {
                    let out = b * output.count + (oy * output.width + ox) * c
                    let corner = b * input.count + (oy * windowHeight * input.width + ox * windowWidth) * c
                    // channels innermost: contiguous in NHWC
                    for ch in 0..<c { y[out + ch] = x[corner + ch]; arg[out + ch] = Int32(corner + ch) }
                    for ky in 0..<windowHeight {
                        for kx in 0..<windowWidth where ky > 0 || kx > 0 {
                            let at = corner + (ky * input.width + kx) * c
                            if kind == .max {
                                for ch in 0..<c where x[at + ch] > y[out + ch] {
                                    y[out + ch] = x[at + ch]
                                    arg[out + ch] = Int32(at + ch)
                                }
                            } else {
                                for ch in 0..<c { y[out + ch] += x[at + ch] }
                            }
                        }
                    }
                    if kind == .average { for ch in 0..<c { y[out + ch] *= scale } }
                }
            }
        }
    }

    // dOutput [B × Ho·Wo·C] → dInput += dy at each window's argmax (max) or dy/(kh·kw) over the window (average)
    func backward(input x: UnsafePointer<Float>, output y: UnsafePointer<Float>, dOutput dy: UnsafePointer<Float>,
                  dInput dx: UnsafeMutablePointer<Float>?, batch: Int) {
        guard let dx else { return }
        let n = batch * output.count
        if kind == .max {
            let arg = argmax.pointer
            for i in 0..<n { dx[Int(arg[i])] += dy[i] }
            return
        }
        let c = input.channels, scale = 1 / Float(windowHeight * windowWidth)
        for b in 0..<batch {
            for oy in 0..<output.height {
                for ox in 0..<output.width {
                    let out = b * output.count + (oy * output.width + ox) * c
                    let corner = b * input.count + (oy * windowHeight * input.width + ox * windowWidth) * c
                    for ky in 0..<windowHeight {
                        for kx in 0..<windowWidth {
                            let row = dx + corner + (ky * input.width + kx) * c
                            for ch in 0..<c { row[ch] += dy[out + ch] * scale }
                        }
                    }
                }
            }
        }
    }
}
