
/// A dataset ready to train on: three splits and what the model must predict.
public struct Dataset: Sendable {
    public var name: String
    public var task: Task
    public var features: Int
    /// Classes (classification) or target dimensions (regression).
    public var outputs: Int
    public var train: Split
    public var validation: Split
    public var test: Split
    /// Content hash of the files, or generator name and parameters.
    public var fingerprint: String
    /// Names of the groups (for `test_group_acc.<name>`); empty when the dataset has none.
    public var groupNames: [String] = []

    public var groupCount: Int { groupNames.count }
}
