/// The shape of a model: everything needed to build its layers.
struct Architecture {
    var model: ModelKind
    var inputs: Int
    var outputs: Int
    var width: Int
    var depth: Int
    var activation: Activation
    var norm: Normalization
    var dropout: Float
    /// How convolutions read an example; nil: one channel of a 1-D signal of `inputs`.
    var shape: InputShape?

    init(model: ModelKind, inputs: Int, outputs: Int, width: Int = 0, depth: Int = 0,
         activation: Activation = .relu, norm: Normalization = .none, dropout: Float = 0, shape: InputShape? = nil) {
        self.model = model; self.inputs = inputs; self.outputs = outputs
        self.width = width; self.depth = depth; self.activation = activation
        self.norm = norm; self.dropout = dropout; self.shape = shape
    }

    /// He initialisation for ReLU-like units, PyTorch's 5/3 for tanh.
    var hiddenGain: Double {
        switch activation {
        case .relu, .gelu: return 2.0.squareRoot()
        case .tanh: return 5.0 / 3.0
        }
    }

    private func normLayer() -> Layer? {
        switch norm {
        case .none: return nil
        case .batch: return BatchNorm(features: width, widthScales: true)
        case .layer: return LayerNorm(features: width, widthScales: true)
        }
    }

    func dropoutLayer(features: Int? = nil) -> Layer? {
        dropout > 0 ? Dropout(features: features ?? width, probability: dropout) : nil
    }

    /// linear: x → W·x; mlp: depth × (linear → norm → activation → dropout) → linear;
    /// resmlp: linear → depth × [x + W₂·act(W₁·norm(x))] → norm → linear (pre-norm blocks).
    func build() -> Sequential {
        var layers: [Layer] = []
        switch model {
        case .linear:
            layers.append(Linear(inputs, outputs))
        case .mlp:
            var features = inputs
            for i in 0..<depth {
                layers.append(Linear(features, width, inputScales: i > 0, outputScales: true, gain: hiddenGain))
                if let n = normLayer() { layers.append(n) }
                layers.append(ActivationLayer(activation, features: width))
                if let d = dropoutLayer() { layers.append(d) }
                features = width
            }
            layers.append(Linear(features, outputs, inputScales: depth > 0))
        case .resmlp:
            layers.append(Linear(inputs, width, outputScales: true))
            for _ in 0..<depth {
                var branch: [Layer] = []
                if let n = normLayer() { branch.append(n) }
                branch.append(Linear(width, width, inputScales: true, outputScales: true, gain: hiddenGain))
                branch.append(ActivationLayer(activation, features: width))
                if let d = dropoutLayer() { branch.append(d) }
                branch.append(Linear(width, width, inputScales: true, outputScales: true))
                layers.append(ResidualBlock(branch))
            }
            if let n = normLayer() { layers.append(n) }
            layers.append(Linear(width, outputs, inputScales: true))
        case .cnn:
            layers = convolutionalNetwork(shape ?? InputShape(features: inputs))
        case .resnet:
            layers = residualNetwork(shape ?? InputShape(features: inputs))
        }
        return Sequential(layers)
    }
}
