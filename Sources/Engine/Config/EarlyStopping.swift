/// Stop when a validation metric has not improved for `patience` evaluations.
package struct EarlyStopping: Codable, Hashable, Sendable {
    /// A learning-curve metric: `val_loss`, `val_acc`, `test_loss`, `test_acc`, `train_batch_loss`…
    package var metric: String
    /// Evaluations (every `eval_every` steps) without improvement before stopping.
    package var patience: Int
    /// Put back the parameters of the best evaluation; final metrics are then those of that step.
    package var restoreBest: Bool

    package init(metric: String = "val_loss", patience: Int = 10, restoreBest: Bool = true) {
        self.metric = metric
        self.patience = patience
        self.restoreBest = restoreBest
    }

    package init(from decoder: Decoder) throws { try self.init(fieldsFrom: decoder) }
    package func encode(to encoder: Encoder) throws { try encodeFields(to: encoder) }

    /// Whether larger values of the metric are better.
    var maximises: Bool { Metric.higherIsBetter(metric) }
}
