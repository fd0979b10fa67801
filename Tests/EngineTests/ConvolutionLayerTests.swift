import XCTest
@testable import Engine

/// The convolutional layers: the im2col convolution against its direct loop, and every layer's
/// backward pass against central finite differences (see GradientCheck for the tolerance).
final class ConvolutionLayerTests: XCTestCase {
    let tolerance = 1e-3

    private func assertGradients(_ name: String, _ layer: Layer, batch: Int = 3, avoidKinks: Bool = false, step: Float = 1e-2,
                                 file: StaticString = #filePath, line: UInt = #line) {
        let report = GradientCheck(step: step).run(layer, batch: batch, avoidKinks: avoidKinks)
        print("gradient check \(name): \(report.checked) coordinates, max |analytic − numeric| = \(report.maxAbsoluteError), max relative = \(report.maxRelativeError)")
        XCTAssertGreaterThan(report.checked, 0, file: file, line: line)
        XCTAssertLessThan(report.maxRelativeError, tolerance, "\(name)", file: file, line: line)
    }

    /// The largest difference between the im2col forward and the direct loop, on random data.
    private func forwardAgainstReference(_ conv: Convolution, batch: Int) -> Float {
        var random = RandomStream(seed: 11, purpose: .initialisation)
        let count = conv.parameterTensors.reduce(0) { $0 + $1.count }
        let parameters = Buffer(count), gradients = Buffer(count), state = Buffer(0)
        conv.bind(parameters: parameters.pointer, gradients: gradients.pointer, state: state.pointer)
        conv.prepare(maxBatch: batch)
        for i in 0..<count { parameters.pointer[i] = Float(random.normal()) }
        let input = Buffer(batch * conv.inputFeatures)
        for i in 0..<input.count { input.pointer[i] = Float(random.normal()) }
        let fast = Buffer(batch * conv.outputFeatures), slow = Buffer(batch * conv.outputFeatures)
        conv.forward(input: input.pointer, output: fast.pointer, batch: batch, mode: .train, random: &random)
        conv.reference(input: input.pointer, output: slow.pointer, batch: batch)
        return (0..<fast.count).map { abs(fast.pointer[$0] - slow.pointer[$0]) }.max()!
    }

    func testTwoDimensionalConvolutionMatchesTheDirectLoop() {
        let cases = [
            Convolution(InputShape(channels: 2, height: 6, width: 5), channels: 3, kernel: (3, 3), padding: (1, 1)),
            Convolution(InputShape(channels: 3, height: 7, width: 7), channels: 4, kernel: (3, 3), stride: 2, padding: (1, 1), bias: false),
            Convolution(InputShape(channels: 4, height: 5, width: 5), channels: 2, kernel: (1, 1), stride: 2, bias: false),
            Convolution(InputShape(channels: 4, height: 3, width: 4), channels: 5, kernel: (1, 1)),
        ]
        for conv in cases {
            let worst = forwardAgainstReference(conv, batch: 5)
            print("conv \(conv.input) → \(conv.output), stride \(conv.stride): max |im2col − direct| = \(worst)")
            XCTAssertLessThan(worst, 1e-4)
        }
        XCTAssertEqual(cases[1].output, InputShape(channels: 4, height: 4, width: 4))
    }

    /// More examples than one im2col chunk holds, so the chunked GEMMs are covered.
    func testConvolutionOverSeveralChunksMatchesTheDirectLoop() {
        let conv = Convolution(InputShape(channels: 8, height: 28, width: 28), channels: 4, kernel: (3, 3), padding: (1, 1))
        conv.prepare(maxBatch: 6)
        XCTAssertLessThan(Convolution.chunkFloats / (28 * 28 * 72), 6)
        XCTAssertLessThan(forwardAgainstReference(conv, batch: 6), 1e-4)
    }

    func testOneDimensionalConvolutionMatchesTheDirectLoop() {
        let conv = Convolution(InputShape(channels: 2, height: 1, width: 11), channels: 3, kernel: (1, 3), stride: 2, padding: (0, 1))
        XCTAssertEqual(conv.output, InputShape(channels: 3, height: 1, width: 6))
        XCTAssertLessThan(forwardAgainstReference(conv, batch: 4), 1e-4)
    }

    func testConvolution2D() {
        assertGradients("conv 3×3", Convolution(InputShape(channels: 2, height: 4, width: 4), channels: 3, kernel: (3, 3), padding: (1, 1)))
    }
    func testStridedConvolution2D() {
        assertGradients("conv 3×3 stride 2", Convolution(InputShape(channels: 2, height: 5, width: 5), channels: 2, kernel: (3, 3), stride: 2, padding: (1, 1), bias: false))
    }
    func testPointwiseConvolutions() {
        assertGradients("conv 1×1", Convolution(InputShape(channels: 3, height: 2, width: 3), channels: 2, kernel: (1, 1)))
        assertGradients("conv 1×1 stride 2", Convolution(InputShape(channels: 3, height: 4, width: 4), channels: 2, kernel: (1, 1), stride: 2, bias: false))
    }
    func testConvolution1D() {
        assertGradients("conv1d k3", Convolution(InputShape(channels: 2, height: 1, width: 9), channels: 3, kernel: (1, 3), stride: 2, padding: (0, 1)))
    }
    /// Max pooling has a kink wherever a window's two largest inputs are within the step: with
    /// h = 1e-2 some of these 96 inputs are (the argmax flips, 3e-2 off); with h = 1e-3 none is.
    /// For the same reason the whole-network check below pools by averaging.
    func testMaxPooling() {
        assertGradients("max pool 2×2", Pooling(.max, InputShape(channels: 2, height: 4, width: 5), window: (2, 2)), step: 1e-3)
        assertGradients("max pool 1×2", Pooling(.max, InputShape(channels: 3, height: 1, width: 8), window: (1, 2)), step: 1e-3)
    }
    func testAveragePooling() {
        assertGradients("average pool 2×2", Pooling(.average, InputShape(channels: 2, height: 4, width: 4), window: (2, 2)))
    }
    func testGlobalAveragePooling() {
        assertGradients("global average pool", GlobalAveragePool(InputShape(channels: 3, height: 3, width: 2)))
    }
    func testChannelBatchNorm() {
        assertGradients("channel batch norm", ChannelBatchNorm(InputShape(channels: 3, height: 2, width: 2)))
    }

    /// Max pooling keeps the largest of each window and sends the gradient back to it alone.
    func testMaxPoolingPicksTheLargestAndRoutesItsGradient() {
        let pool = Pooling(.max, InputShape(channels: 1, height: 2, width: 4), window: (2, 2))
        pool.prepare(maxBatch: 1)
        let x: [Float] = [1, 5, -2, 0, 3, 2, -1, -3]
        var y: [Float] = [0, 0], dx = [Float](repeating: 0, count: 8)
        var random = RandomStream(seed: 1, purpose: .dropout)
        pool.forward(input: x, output: &y, batch: 1, mode: .train, random: &random)
        XCTAssertEqual(y, [5, 0])
        pool.backward(input: x, output: y, dOutput: [10, 20], dInput: &dx, batch: 1)
        XCTAssertEqual(dx, [0, 10, 0, 20, 0, 0, 0, 0])
    }

    /// Channel batch norm normalises each channel over examples and positions, as BatchNorm2d.
    func testChannelBatchNormUsesEveryPositionOfAChannel() {
        let shape = InputShape(channels: 2, height: 1, width: 3)
        let norm = ChannelBatchNorm(shape)
        let parameters = Buffer(4), gradients = Buffer(4), state = Buffer(4)
        norm.bind(parameters: parameters.pointer, gradients: gradients.pointer, state: state.pointer)
        norm.resetState(); norm.prepare(maxBatch: 2)
        parameters.pointer[0] = 1; parameters.pointer[1] = 1  // γ = 1, β = 0
        // channel 0 holds 0…5 across two examples, channel 1 is 10× that
        let x: [Float] = [0, 0, 1, 10, 2, 20, 3, 30, 4, 40, 5, 50]
        var y = [Float](repeating: 0, count: 12)
        var random = RandomStream(seed: 1, purpose: .dropout)
        norm.forward(input: x, output: &y, batch: 2, mode: .train, random: &random)
        let standard = (17.5 / 6 as Float).squareRoot()
        for i in 0..<6 {
            XCTAssertEqual(y[2 * i], (Float(i) - 2.5) / (standard * standard + 1e-5).squareRoot(), accuracy: 1e-5)
            XCTAssertEqual(y[2 * i + 1], y[2 * i], accuracy: 1e-4)
        }
        XCTAssertEqual(state.pointer[0], 0.25, accuracy: 1e-6, "running mean moves 0.1 of the way to 2.5")
    }

    func testBasicBlockWithProjectionShortcut() {
        let input = InputShape(channels: 2, height: 4, width: 4)
        let first = Convolution(input, channels: 3, kernel: (3, 3), stride: 2, padding: (1, 1), bias: false)
        let second = Convolution(first.output, channels: 3, kernel: (3, 3), padding: (1, 1), bias: false)
        let projection = Convolution(input, channels: 3, kernel: (1, 1), stride: 2, bias: false)
        let block = ResidualBlock(
            [first, ChannelBatchNorm(first.output), ActivationLayer(.tanh, features: first.output.count), second, ChannelBatchNorm(second.output)],
            shortcut: [projection, ChannelBatchNorm(projection.output)])
        assertGradients("basic block, projection shortcut", block, batch: 4)
    }

    /// Convolutions (strided and not), channel batch norm, dropout, pooling and a head in a row.
    func testConvolutionalStack() {
        let input = InputShape(channels: 1, height: 6, width: 6)
        let conv1 = Convolution(input, channels: 2, kernel: (3, 3), padding: (1, 1), bias: false)
        let pool = Pooling(.average, conv1.output, window: (2, 2))
        let conv2 = Convolution(pool.output, channels: 3, kernel: (3, 3), stride: 2, padding: (1, 1))
        let body = Sequential([
            conv1, ChannelBatchNorm(conv1.output), ActivationLayer(.tanh, features: conv1.output.count), Dropout(features: conv1.output.count, probability: 0.2),
            pool, conv2, ActivationLayer(.tanh, features: conv2.output.count), Linear(conv2.output.count, 3),
        ])
        assertGradients("conv → batch norm → tanh → dropout → average pool → strided conv → tanh → linear", body, batch: 4)
    }

    func testWholeResNetOn1DSignals() {
        let body = Architecture(model: .resnet, inputs: 12, outputs: 3, width: 2, depth: 1, activation: .tanh, norm: .batch,
                                shape: InputShape(features: 12)).build()
        assertGradients("resnet(1-D, depth 1)", body, batch: 4)
    }
}
