import Engine
import Foundation
import Notes

/// An experiment with the trials it asks for.
package struct PlannedExperiment: Sendable {
    package var experiment: Experiment
    package var trials: [PlannedTrial]
    /// Swept keys in the order written, for labels.
    package var sweptKeys: [String] { experiment.axes.map(\.key) + experiment.randomKeys.map(\.key) }
}
