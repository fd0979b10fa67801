/// Generates the `spurious` dataset (see `SpuriousSpec`). Classes are 0 for y = −1 and 1 for
/// y = +1; group g = 2·[y = +1] + [a = +1], so groups 0 and 3 are the majority (a = y) and
/// 1 and 2 the minority. Group sizes are exact, not sampled: with 3,000 training examples and
/// a majority fraction of 0.9 they are 1,350/150/150/1,350, as in Sagawa et al. 2020.
enum SpuriousDataset {
    /// What `fingerprint` (and the generator) reads from a configuration.
    static let fingerprintKeys = [AnyConfigKey(ConfigKeys.dataset), AnyConfigKey(ConfigKeys.spurious), AnyConfigKey(ConfigKeys.trainSize),
                                  AnyConfigKey(ConfigKeys.valSize), AnyConfigKey(ConfigKeys.testSize), AnyConfigKey(ConfigKeys.dataSeed)]

    static let groupNames = ["0", "1", "2", "3"]

    /// The generator's name, version and parameters.
    static func fingerprint(_ spec: SpuriousSpec, train: Int, validation: Int, test: Int, seed: UInt64) -> String {
        "spurious/v1 core_dim=\(spec.coreDim) spurious_dim=\(spec.spuriousDim) core_variance=\(spec.coreVariance) spurious_variance=\(spec.spuriousVariance) majority_fraction=\(spec.majorityFraction) train=\(train) val=\(validation) test=\(test) seed=\(seed)"
    }

    /// Training group sizes: the majority fraction of `count` split between groups 0 and 3,
    /// the rest between 1 and 2 (an odd remainder goes to the lower group).
    static func trainingGroupSizes(_ count: Int, majorityFraction: Double) -> [Int] {
        let majority = Int((Double(count) * majorityFraction).rounded())
        let minority = count - majority
        return [(majority + 1) / 2, (minority + 1) / 2, minority / 2, majority / 2]
    }

    /// Balanced group sizes; the remainder of `count` / 4 goes to the lowest groups.
    static func balancedGroupSizes(_ count: Int) -> [Int] {
        (0..<4).map { count / 4 + ($0 < count % 4 ? 1 : 0) }
    }

    static func dataset(_ spec: SpuriousSpec, train: Int, validation: Int, test: Int, seed: UInt64) -> Dataset {
        let sizes = [trainingGroupSizes(train, majorityFraction: spec.majorityFraction),
                     balancedGroupSizes(validation), balancedGroupSizes(test)]
        let splits = sizes.enumerated().map { index, groupSizes in
            split(spec, groupSizes: groupSizes, stream: RandomStream(seed: seed, purpose: .dataGeneration, substream: UInt64(index + 1)))
        }
        return Dataset(
            name: "spurious", task: .classification, features: spec.coreDim + spec.spuriousDim, outputs: 2,
            train: splits[0], validation: splits[1], test: splits[2],
            fingerprint: fingerprint(spec, train: train, validation: validation, test: test, seed: seed),
            groupNames: groupNames)
    }

    /// One split: the groups' examples in a seeded order, each drawn from its own child stream.
    private static func split(_ spec: SpuriousSpec, groupSizes: [Int], stream: RandomStream) -> Split {
        var groups: [Int32] = []
        for (g, n) in groupSizes.enumerated() { groups += Array(repeating: Int32(g), count: n) }
        var order = stream.child(0)
        var indices = Array(groups.indices)
        order.shuffle(&indices)
        groups = indices.map { groups[$0] }

        let features = spec.coreDim + spec.spuriousDim
        let coreScale = spec.coreVariance.squareRoot(), spuriousScale = spec.spuriousVariance.squareRoot()
        var inputs = [Float](repeating: 0, count: groups.count * features)
        var labels = [Int32](repeating: 0, count: groups.count)
        for (i, g) in groups.enumerated() {
            let y: Double = g >= 2 ? 1 : -1
            let a: Double = g % 2 == 1 ? 1 : -1
            labels[i] = g >= 2 ? 1 : 0
            var random = stream.child(UInt64(i) + 1)
            let row = i * features
            for j in 0..<spec.coreDim { inputs[row + j] = Float(y + coreScale * random.normal()) }
            for j in 0..<spec.spuriousDim { inputs[row + spec.coreDim + j] = Float(a + spuriousScale * random.normal()) }
        }
        return Split(count: groups.count, inputs: inputs, labels: labels, groups: groups)
    }
}
