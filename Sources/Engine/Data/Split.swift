/// Examples of one split: inputs [count × features], and labels or regression targets.
package struct Split: Sendable {
    package var count: Int
    package var inputs: [Float]
    /// Class indices (classification), else empty.
    package var labels: [Int32]
    /// Targets [count × outputs] (regression), else empty.
    package var targets: [Float]
    /// Group of each example, indexing the dataset's `groupNames`; empty when it has no groups.
    package var groups: [Int32]

    package init(count: Int, inputs: [Float], labels: [Int32] = [], targets: [Float] = [], groups: [Int32] = []) {
        self.count = count
        self.inputs = inputs
        self.labels = labels
        self.targets = targets
        self.groups = groups
    }

    /// Indices of the examples in each of `groupCount` groups, in order.
    func indicesByGroup(_ groupCount: Int) -> [[Int]] {
        var result = [[Int]](repeating: [], count: groupCount)
        for (i, g) in groups.enumerated() { result[Int(g)].append(i) }
        return result
    }

    /// Every group cut down to the smallest (non-empty) group's size by a seeded choice, in the
    /// original order: the majority subsampling of Sagawa et al. 2020, §5.
    func groupBalancedSubset(groupCount: Int, seed: UInt64, features: Int, outputs: Int) -> Split {
        let byGroup = indicesByGroup(groupCount)
        let smallest = byGroup.map(\.count).filter { $0 > 0 }.min() ?? 0
        var random = RandomStream(seed: seed, purpose: .split, substream: 2)
        var kept: [Int] = []
        for var indices in byGroup {
            random.shuffle(&indices)
            kept += indices.prefix(smallest)
        }
        return subset(kept.sorted(), features: features, outputs: outputs)
    }

    /// The examples at `indices`, in that order.
    func subset(_ indices: [Int], features: Int, outputs: Int) -> Split {
        var s = Split(count: indices.count, inputs: [], labels: [], targets: [])
        if !groups.isEmpty { s.groups = indices.map { groups[$0] } }
        s.inputs.reserveCapacity(indices.count * features)
        for i in indices { s.inputs.append(contentsOf: inputs[(i * features)..<((i + 1) * features)]) }
        if !labels.isEmpty { s.labels = indices.map { labels[$0] } }
        if !targets.isEmpty {
            for i in indices { s.targets.append(contentsOf: targets[(i * outputs)..<((i + 1) * outputs)]) }
        }
        return s
    }
}
