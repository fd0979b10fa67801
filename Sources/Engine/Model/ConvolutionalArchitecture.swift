/// The convolutional models. Kernels are 3×3 with padding 1 (1×3 and padding 1 along a 1-D signal),
/// pooling 2×2 (1×2); weights are He-normal (gain √2 for ReLU over fan-in kh·kw·C).
extension Architecture {
    /// cnn: `depth` blocks of conv → [batch norm] → activation → [dropout] in two stages, the first
    /// ⌈depth/2⌉ blocks with `width` channels, the rest with 2·width, each stage ending in 2×2 max
    /// pooling; then a linear head on the flattened map. depth 2, width 32 on 1×28×28 is
    /// conv 32 → pool → conv 64 → pool → linear (3,136 → 10).
    func convolutionalNetwork(_ input: InputShape) -> [Layer] {
        var layers: [Layer] = []
        var shape = input
        let stages = depth == 1 ? [1] : [(depth + 1) / 2, depth / 2]
        for (stage, blocks) in stages.enumerated() {
            for _ in 0..<blocks {
                let conv = convolution(shape, channels: width << stage)
                layers.append(conv)
                shape = conv.output
                layers += normActivationDropout(shape)
            }
            if let pool = maxPool(shape) {
                layers.append(pool)
                shape = pool.output
            }
        }
        layers.append(Linear(shape.count, outputs))
        return layers
    }

    /// resnet: the CIFAR ResNet of He et al. 2016 (§4.2) at small widths: a 3×3 stem conv of
    /// `width` channels → batch norm → activation, three stages of `depth` basic blocks with width,
    /// 2·width, 4·width channels (the first block of stages 2 and 3 halves the resolution with
    /// stride 2 and a 1×1 projection shortcut), global average pooling, a linear head.
    /// A basic block is act(bn(conv(act(bn(conv(x))))) + shortcut(x)).
    func residualNetwork(_ input: InputShape) -> [Layer] {
        let stem = convolution(input, channels: width)
        var layers: [Layer] = [stem]
        layers += normActivationDropout(stem.output, dropout: false)
        var shape = stem.output
        for stage in 0..<3 {
            for block in 0..<depth {
                let stride = stage > 0 && block == 0 ? 2 : 1
                let first = convolution(shape, channels: width << stage, stride: stride)
                let second = convolution(first.output, channels: width << stage)
                var branch: [Layer] = [first]
                branch += normActivationDropout(first.output, dropout: false)
                branch.append(second)
                if let n = channelNorm(second.output) { branch.append(n) }
                var shortcut: [Layer]?
                if stride != 1 || first.output.channels != shape.channels {
                    let projection = Convolution(shape, channels: first.output.channels, kernel: (1, 1), stride: stride,
                                                 bias: norm == .none)
                    shortcut = [projection] + (channelNorm(projection.output).map { [$0] } ?? [])
                }
                layers.append(ResidualBlock(branch, shortcut: shortcut))
                layers.append(ActivationLayer(activation, features: second.output.count))
                shape = second.output
            }
        }
        layers.append(GlobalAveragePool(shape))
        if let d = dropoutLayer(features: shape.channels) { layers.append(d) }
        layers.append(Linear(shape.channels, outputs))
        return layers
    }

    /// A 3×3 convolution with padding 1 (1×3 along a 1-D signal); no bias before a batch norm.
    private func convolution(_ input: InputShape, channels: Int, stride: Int = 1) -> Convolution {
        let kernel = input.height == 1 ? (1, 3) : (3, 3)
        return Convolution(input, channels: channels, kernel: kernel, stride: stride,
                           padding: (kernel.0 / 2, kernel.1 / 2), bias: norm == .none, gain: hiddenGain)
    }

    private func maxPool(_ shape: InputShape) -> Pooling? {
        let window = (shape.height >= 2 ? 2 : 1, shape.width >= 2 ? 2 : 1)
        return window == (1, 1) ? nil : Pooling(.max, shape, window: window)
    }

    private func channelNorm(_ shape: InputShape) -> Layer? {
        norm == .batch ? ChannelBatchNorm(shape) : nil  // `layer` is refused for conv nets by the configuration
    }

    private func normActivationDropout(_ shape: InputShape, dropout: Bool = true) -> [Layer] {
        var layers: [Layer] = []
        if let n = channelNorm(shape) { layers.append(n) }
        layers.append(ActivationLayer(activation, features: shape.count))
        if dropout, let d = dropoutLayer(features: shape.count) { layers.append(d) }
        return layers
    }
}
