/// How weights and biases start (`init:`).
package enum Initialization: String, Codable, CaseIterable, Sendable {
    /// He et al. 2015: weights N(0, gain²/fan_in) (gain √2 before ReLU, 1 for the output layer), biases 0.
    case he
    /// PyTorch's `nn.Linear` default (`reset_parameters`: Kaiming-uniform with a = √5): weights and
    /// biases U(−1/√fan_in, 1/√fan_in), per the torch.nn.Linear documentation (k = 1/in_features).
    case pytorch
}
