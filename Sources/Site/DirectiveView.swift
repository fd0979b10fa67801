/// What a directive shows in its page.
package enum DirectiveView: Sendable {
    /// An experiment: a summary of its trials.
    case experiment(ExperimentBox)
    /// A plot or table.
    case figure(Figure)
}
