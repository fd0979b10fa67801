/// Examples of one split: inputs [count × features], and labels or regression targets.
public struct Split: Sendable {
    public var count: Int
    public var inputs: [Float]
    /// Class indices (classification), else empty.
    public var labels: [Int32]
    /// Targets [count × outputs] (regression), else empty.
    public var targets: [Float]

    public init(count: Int, inputs: [Float], labels: [Int32] = [], targets: [Float] = []) {
        self.count = count
        self.inputs = inputs
        self.labels = labels
        self.targets = targets
    }

    /// The examples at `indices`, in that order.
    func subset(_ indices: [Int], features: Int, outputs: Int) -> Split {
        var s = Split(count: indices.count, inputs: [], labels: [], targets: [])
        s.inputs.reserveCapacity(indices.count * features)
        for i in indices { s.inputs.append(contentsOf: inputs[(i * features)..<((i + 1) * features)]) }
        if !labels.isEmpty { s.labels = indices.map { labels[$0] } }
        if !targets.isEmpty {
            for i in indices { s.targets.append(contentsOf: targets[(i * outputs)..<((i + 1) * outputs)]) }
        }
        return s
    }
}

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
}
