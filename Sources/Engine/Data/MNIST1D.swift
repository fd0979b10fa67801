import Foundation

/// MNIST-1D (Greydanus 2020): ten 12-point digit templates, each randomly padded, dilated,
/// scaled, translated, filled with correlated noise, given i.i.d. noise and sheared, then
/// resampled to 40 points. Parameters are the paper's defaults; the random numbers are ours
/// (numpy's stream is not reproduced), so the data are the same distribution, not the same bytes.
enum MNIST1D {
    /// What `fingerprint` (and the generator) reads from a configuration.
    static let fingerprintKeys = [AnyConfigKey(ConfigKeys.dataset), AnyConfigKey(ConfigKeys.trainSize), AnyConfigKey(ConfigKeys.valSize),
                                  AnyConfigKey(ConfigKeys.testSize), AnyConfigKey(ConfigKeys.dataSeed)]

    static let length = 40
    static let templateLength = 12
    static let padding = 36...60
    static let scaleCoefficient = 0.4
    static let maxTranslation = 48
    static let correlatedNoise = 0.25
    static let iidNoise = 0.02
    static let shearScale = 0.75
    /// Mean and standard deviation of the raw values of 4,000 training examples, data seed 0
    /// (−0.00628 and 0.15505 by `statistics`), rounded.
    static let standardisationMean = -0.0063
    static let standardisationStd = 0.155

    /// The raw values' mean and standard deviation over a split (how the constants were found).
    static func statistics(_ split: Split) -> (mean: Double, std: Double) {
        var sum = 0.0, sumSquares = 0.0
        for x in split.inputs { sum += Double(x); sumSquares += Double(x) * Double(x) }
        let n = Double(max(split.inputs.count, 1)), mean = sum / n
        return (mean, (sumSquares / n - mean * mean).squareRoot())
    }

    static let rawTemplates: [[Double]] = [
        [5, 6, 6.5, 6.75, 7, 7, 7, 7, 6.75, 6.5, 6, 5],
        [5, 3, 3, 3.4, 3.8, 4.2, 4.6, 5, 5.4, 5.8, 5, 5],
        [5, 6, 6.5, 6.5, 6, 5.25, 4.75, 4, 3.5, 3.5, 4, 5],
        [5, 6, 6.5, 6.5, 6, 5, 5, 6, 6.5, 6.5, 6, 5],
        [5, 4.4, 3.8, 3.2, 2.6, 2.6, 5, 5, 5, 5, 5, 5],
        [5, 3, 3, 3, 3, 5, 6, 6.5, 6.5, 6, 4.5, 5],
        [5, 4, 3.5, 3.25, 3, 3, 3, 3, 3.25, 3.5, 4, 5],
        [5, 7, 7, 6.6, 6.2, 5.8, 5.4, 5, 4.6, 4.2, 5, 5],
        [5, 4, 3.5, 3.5, 4, 5, 5, 4, 3.5, 3.5, 4, 5],
        [5, 4, 3.5, 3.5, 4, 5, 5, 5, 5, 4.7, 4.3, 5],
    ]

    /// Each template standardised, shifted to start at 0, divided by 6.
    static let templates: [[Double]] = rawTemplates.map { t in
        let mean = t.reduce(0, +) / Double(t.count)
        let std = (t.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(t.count)).squareRoot()
        let z = t.map { ($0 - mean) / std }
        return z.map { ($0 - z[0]) / 6 }
    }

    /// Linear interpolation of `x[0..<n]` (on an even grid over [0, 1]) at `m` even points.
    static func interpolate(_ x: UnsafePointer<Double>, _ n: Int, to y: UnsafeMutablePointer<Double>, _ m: Int) {
        for i in 0..<m {
            let position = Double(i) / Double(m - 1) * Double(n - 1)
            let lower = min(Int(position), n - 2)
            let fraction = position - Double(lower)
            y[i] = x[lower] * (1 - fraction) + x[lower + 1] * fraction
        }
    }

    /// Gaussian weights, σ = 2, radius 8 (scipy's gaussian_filter defaults: truncate at 4σ).
    static let kernel: [Double] = {
        let weights = (-8...8).map { exp(-0.5 * Double($0 * $0) / 4) }
        let total = weights.reduce(0, +)
        return weights.map { $0 / total }
    }()

    /// Gaussian smoothing of x[0..<n] into y, reflecting at the edges like scipy's "reflect".
    static func smooth(_ x: UnsafePointer<Double>, _ n: Int, into y: UnsafeMutablePointer<Double>) {
        kernel.withUnsafeBufferPointer { w in
            let radius = w.count / 2
            for i in 0..<n {
                var s = 0.0
                for k in 0..<w.count {
                    var j = i + k - radius
                    while j < 0 || j >= n { j = j < 0 ? -j - 1 : 2 * n - j - 1 }
                    s += w[k] * x[j]
                }
                y[i] = s
            }
        }
    }

    /// One example of digit `label`, written to `output[0..<40]`.
    static func example(label: Int, random: inout RandomStream, into output: UnsafeMutablePointer<Float>) {
        let dilated = templateLength + padding.upperBound  // 72
        let scratch = UnsafeMutablePointer<Double>.allocate(capacity: 4 * dilated)
        defer { scratch.deallocate() }
        let padded = scratch, x = scratch + dilated, noise = scratch + 2 * dilated, smoothed = scratch + 3 * dilated
        let pad = padding.lowerBound + random.below(padding.count)
        let template = templates[label]
        for i in 0..<(templateLength + pad) { padded[i] = i < templateLength ? template[i] + 1e-8 : 0 }
        interpolate(padded, templateLength + pad, to: x, dilated)
        let scale = 1 + scaleCoefficient * (random.uniform() - 0.5)
        let shift = random.below(maxTranslation)
        for i in 0..<dilated { padded[i] = x[(i - shift + dilated) % dilated] * scale }
        for i in 0..<dilated { noise[i] = correlatedNoise * random.normal() }
        smooth(noise, dilated, into: smoothed)
        for i in 0..<dilated { x[i] = padded[i] != 0 ? padded[i] : smoothed[i] }
        for i in 0..<dilated { x[i] += iidNoise * random.normal() }
        let shear = shearScale * (random.uniform() - 0.5)
        for i in 0..<dilated { x[i] -= shear * (Double(i) / Double(dilated - 1) - 0.5) }
        interpolate(x, dilated, to: padded, length)
        for i in 0..<length { output[i] = Float(padded[i]) }
    }

    /// `count` examples, labels cycling 0…9, example i drawn from its own child stream.
    static func split(count: Int, random: RandomStream) -> Split {
        var inputs = [Float](repeating: 0, count: count * length)
        let labels = (0..<count).map { Int32($0 % 10) }
        inputs.withUnsafeMutableBufferPointer { out in
            for i in 0..<count {
                var stream = random.child(UInt64(i))
                example(label: i % 10, random: &stream, into: out.baseAddress! + i * length)
            }
        }
        return Split(count: count, inputs: inputs, labels: labels)
    }

    /// The generator's name, version and parameters (no data needs generating to know it).
    static func fingerprint(train: Int, validation: Int, test: Int, seed: UInt64) -> String {
        "mnist1d/v1 length=\(length) templates=10 padding=36-60 scale=0.4 translation=48 corr_noise=0.25 iid_noise=0.02 shear=0.75 train=\(train) val=\(validation) test=\(test) seed=\(seed)"
    }

    static func dataset(train: Int, validation: Int, test: Int, seed: UInt64) -> Dataset {
        var splits = [train, validation, test].enumerated().map { index, count in
            split(count: count, random: RandomStream(seed: seed, purpose: .dataGeneration, substream: UInt64(index)))
        }
        // Standardised like the original (which uses the whole set's mean and standard deviation),
        // but with fixed constants, so example i is the same whatever the split sizes.
        let (mean, std) = (standardisationMean, standardisationStd)
        for s in splits.indices {
            splits[s].inputs.withUnsafeMutableBufferPointer { v in
                for i in v.indices { v[i] = Float((Double(v[i]) - mean) / std) }
            }
        }
        return Dataset(
            name: "mnist1d", task: .classification, features: length, outputs: 10,
            train: splits[0], validation: splits[1], test: splits[2],
            fingerprint: fingerprint(train: train, validation: validation, test: test, seed: seed))
    }
}
