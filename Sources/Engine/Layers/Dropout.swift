/// Inverted dropout: in training, zero each unit with probability p and scale the rest by 1/(1−p).
final class Dropout: Layer {
    let features: Int
    let probability: Float
    var inputFeatures: Int { features }
    var outputFeatures: Int { features }
    private var mask = Buffer(0)  // [B × F]: 0 or 1/(1−p)

    init(features: Int, probability: Float) {
        self.features = features
        self.probability = probability
    }

    func prepare(maxBatch: Int) { mask = Buffer(maxBatch * features) }

    // input [B × F] → output [B × F] = input · mask (train), input (eval); mask drawn from `random`
    func forward(input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>, batch: Int, mode: Mode, random: inout RandomStream) {
        let n = batch * features
        guard mode == .train, probability > 0 else {
            Vector.copy(input, to: output, n)
            return
        }
        let keep = 1 / (1 - probability)
        let m = mask.pointer
        for i in 0..<n {
            m[i] = random.uniformFloat() < probability ? 0 : keep
            output[i] = input[i] * m[i]
        }
    }

    // dOutput [B × F] → dInput [B × F] += dOutput · mask (of the last training forward)
    func backward(input: UnsafePointer<Float>, output: UnsafePointer<Float>, dOutput: UnsafePointer<Float>,
                  dInput: UnsafeMutablePointer<Float>?, batch: Int) {
        guard let dInput else { return }
        let n = batch * features
        if probability == 0 { Vector.add(dOutput, into: dInput, n); return }
        let m = mask.pointer
        for i in 0..<n { dInput[i] += dOutput[i] * m[i] }
    }
}
