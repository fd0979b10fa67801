import Engine
import Foundation
import Notes

/// An experiment with the trials it asks for.
package struct PlannedExperiment: Sendable {
    package init(experiment: Experiment, trials: [PlannedTrial]) {
        self.experiment = experiment
        self.trials = trials
    }

    package var experiment: Experiment
    package var trials: [PlannedTrial]
    /// Under `from:`: the upstream's swept keys and seed as `from.width`, `from.seed`.
    package var upstreamKeys: [String] = []
    /// Swept keys in the order written (after the upstream's), for labels.
    package var sweptKeys: [String] { upstreamKeys + experiment.axes.map(\.key) + experiment.randomKeys.map(\.key) }
}
