/// How a worker runs a command trial, beside its inputs: what is not part of the trial's key.
package struct CommandRun: Codable, Sendable, Equatable {
    /// Seconds before the command's process group is killed; nil: no limit.
    package var timeout: Double?
    /// The script's own metrics that are better higher.
    package var higherIsBetter: [String]

    package init(timeout: Double?, higherIsBetter: [String]) {
        self.timeout = timeout
        self.higherIsBetter = higherIsBetter
    }

    enum CodingKeys: String, CodingKey {
        case timeout
        case higherIsBetter = "higher_is_better"
    }
}
