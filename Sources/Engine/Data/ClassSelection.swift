/// `classes` and `shots`: a labelled dataset cut down to some labels, renumbered 0…k−1 in the
/// order given, and a training set of k examples per class drawn by the trial's seed.
enum ClassSelection {
    /// The datasets with labels a person chose: Fashion-MNIST, IDX and CSV files.
    static func applies(to source: DatasetSource) -> Bool {
        switch source {
        case .fashionMNIST, .idx, .csv: return true
        case .mnist1d, .teacher, .spurious, .fashionMNISTPatch: return false
        }
    }

    /// The examples whose label is one of `classes`, in their original order, labelled by the
    /// label's position in `classes`. A label the split does not hold at all is an error.
    static func restrict(_ split: Split, to classes: [Int], features: Int, outputs: Int, path: String) throws -> Split {
        var position = [Int32: Int32]()
        for (i, label) in classes.enumerated() { position[Int32(label)] = Int32(i) }
        let kept = split.labels.indices.filter { position[split.labels[$0]] != nil }
        let present = Set(kept.map { split.labels[$0] })
        if let absent = classes.first(where: { !present.contains(Int32($0)) }) {
            let known = Set(split.labels).sorted().map(String.init).joined(separator: ", ")
            throw EngineError(.dataset, path: path, "classes lists \(absent), which no example has (labels: \(known))")
        }
        var result = split.subset(kept, features: features, outputs: outputs)
        result.labels = result.labels.map { position[$0]! }
        return result
    }

    /// `shots` training examples of each of `classes` classes: class c's examples in an order drawn
    /// from the trial seed's stream c, the first `shots` of them, kept in the split's order. The
    /// order does not depend on `shots`, so a larger set holds every smaller one.
    static func shots(_ shots: Int, of split: Split, classes: Int, seed: UInt64, features: Int, outputs: Int) throws -> Split {
        var byClass = [[Int]](repeating: [], count: classes)
        for (i, label) in split.labels.enumerated() { byClass[Int(label)].append(i) }
        var kept: [Int] = []
        for (c, var indices) in byClass.enumerated() {
            guard indices.count >= shots else {
                throw EngineError(.dataset, "shots \(shots) is more than the \(indices.count) training examples of class \(c)")
            }
            var random = RandomStream(seed: seed, purpose: .shots, substream: UInt64(c))
            random.shuffle(&indices)
            kept += indices.prefix(shots)
        }
        return split.subset(kept.sorted(), features: features, outputs: outputs)
    }
}
