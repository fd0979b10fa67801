
/// A dataset ready to train on: three splits and what the model must predict.
package struct Dataset: Sendable {
    package var name: String
    package var task: Task
    package var features: Int
    /// How convolutions read an example (images: 1×28×28); nil: a 1-D signal of `features`.
    package var shape: InputShape? = nil
    /// Classes (classification) or target dimensions (regression).
    package var outputs: Int
    package var train: Split
    package var validation: Split
    package var test: Split
    /// Content hash of the files, or generator name and parameters.
    package var fingerprint: String
    /// Names of the groups (for `test_group_acc.<name>`); empty when the dataset has none.
    package var groupNames: [String] = []

    package var groupCount: Int { groupNames.count }
    package var inputShape: InputShape { shape ?? InputShape(features: features) }
}
