/// How a downstream trial (`from:`) trains on its upstream trial's weights: `linear` keeps the body
/// frozen and trains a new output layer only (a linear probe); `finetune` trains everything.
package enum Probe: String, Codable, CaseIterable, Sendable {
    case linear, finetune
}
