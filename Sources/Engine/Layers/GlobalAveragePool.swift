/// The mean of each channel over all positions: [B × H·W·C] → [B × C].
final class GlobalAveragePool: Layer {
    let input: InputShape
    var inputFeatures: Int { input.count }
    var outputFeatures: Int { input.channels }

    init(_ input: InputShape) { self.input = input }

    // input [B × P·C] → output [B × C] = (1/P) Σ_positions input
    func forward(input x: UnsafePointer<Float>, output y: UnsafeMutablePointer<Float>, batch: Int, mode: Mode, random: inout RandomStream) {
        let c = input.channels, p = input.positions, scale = 1 / Float(p)
        for b in 0..<batch {
            let out = y + b * c
            Vector.zero(out, c)
            Vector.addColumnSums(x + b * input.count, rows: p, columns: c, into: out)
            for ch in 0..<c { out[ch] *= scale }
        }
    }

    // dOutput [B × C] → dInput [B × P·C] += dy/P at every position
    func backward(input x: UnsafePointer<Float>, output y: UnsafePointer<Float>, dOutput dy: UnsafePointer<Float>,
                  dInput dx: UnsafeMutablePointer<Float>?, batch: Int) {
        guard let dx else { return }
        let c = input.channels, p = input.positions, scale = 1 / Float(p)
        for b in 0..<batch {
            let g = dy + b * c
            for position in 0..<p {
                let row = dx + b * input.count + position * c
                for ch in 0..<c { row[ch] += g[ch] * scale }
            }
        }
    }
}
