import Engine
import Foundation
import Notes

/// An experiment with the trials it asks for.
public struct PlannedExperiment: Sendable {
    public var experiment: Experiment
    public var trials: [PlannedTrial]
    /// Swept keys in the order written, for labels.
    public var sweptKeys: [String] { experiment.axes.map(\.key) + experiment.randomKeys.map(\.key) }
}
