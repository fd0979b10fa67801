import Foundation

/// MNIST-1D (Greydanus 2020): ten 12-point digit templates, each randomly padded, dilated,
/// scaled, translated, filled with correlated noise, given i.i.d. noise and sheared, then
/// resampled to 40 points. Parameters are the paper's defaults; the random numbers are ours
/// (numpy's stream is not reproduced), so the data are the same distribution, not the same bytes.
enum MNIST1D {
    static let length = 40
    static let templateLength = 12
    static let padding = 36...60
    static let scaleCoefficient = 0.4
    static let maxTranslation = 48
    static let correlatedNoise = 0.25
    static let iidNoise = 0.02
    static let shearScale = 0.75

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

    /// Linear interpolation of `x` (on an even grid over [0, 1]) at `n` even points.
    static func interpolate(_ x: [Double], to n: Int) -> [Double] {
        (0..<n).map { i in
            let position = Double(i) / Double(n - 1) * Double(x.count - 1)
            let lower = min(Int(position), x.count - 2)
            let fraction = position - Double(lower)
            return x[lower] * (1 - fraction) + x[lower + 1] * fraction
        }
    }

    /// Gaussian smoothing, σ = 2, radius 8, reflecting at the edges (scipy's gaussian_filter).
    static func smooth(_ x: [Double]) -> [Double] {
        let sigma = 2.0, radius = 8
        let kernel = (-radius...radius).map { exp(-0.5 * Double($0 * $0) / (sigma * sigma)) }
        let total = kernel.reduce(0, +)
        let n = x.count
        return (0..<n).map { i in
            var s = 0.0
            for (k, w) in kernel.enumerated() {
                var j = i + k - radius
                while j < 0 || j >= n { j = j < 0 ? -j - 1 : 2 * n - j - 1 }
                s += w * x[j]
            }
            return s / total
        }
    }

    /// One example of digit `label`.
    static func example(label: Int, random: inout RandomStream) -> [Float] {
        let dilated = templateLength + padding.upperBound
        var x = templates[label].map { $0 + 1e-8 }
        let pad = padding.lowerBound + random.below(padding.count)
        x += [Double](repeating: 0, count: pad)
        x = interpolate(x, to: dilated)
        let scale = 1 + scaleCoefficient * (random.uniform() - 0.5)
        x = x.map { $0 * scale }
        let shift = random.below(maxTranslation)
        x = (0..<dilated).map { x[($0 - shift + dilated) % dilated] }
        let noise = smooth((0..<dilated).map { _ in correlatedNoise * random.normal() })
        x = (0..<dilated).map { x[$0] != 0 ? x[$0] : noise[$0] }
        x = x.map { $0 + iidNoise * random.normal() }
        let shear = shearScale * (random.uniform() - 0.5)
        x = (0..<dilated).map { x[$0] - shear * (Double($0) / Double(dilated - 1) - 0.5) }
        return interpolate(x, to: length).map { Float($0) }
    }

    /// `count` examples, labels cycling 0…9, example i drawn from its own child stream.
    static func split(count: Int, random: RandomStream) -> Split {
        var inputs: [Float] = []
        inputs.reserveCapacity(count * length)
        var labels: [Int32] = []
        for i in 0..<count {
            var stream = random.child(UInt64(i))
            inputs += example(label: i % 10, random: &stream)
            labels.append(Int32(i % 10))
        }
        return Split(count: count, inputs: inputs, labels: labels)
    }

    static func dataset(train: Int, validation: Int, test: Int, seed: UInt64) -> Dataset {
        var splits = [train, validation, test].enumerated().map { index, count in
            split(count: count, random: RandomStream(seed: seed, purpose: .dataGeneration, substream: UInt64(index)))
        }
        // Standardise with the training split's mean and standard deviation, as the original does
        // with the whole set.
        let values = splits[0].inputs
        let mean = values.reduce(0.0) { $0 + Double($1) } / Double(max(values.count, 1))
        let variance = values.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(max(values.count, 1))
        let std = max(variance.squareRoot(), 1e-12)
        for s in splits.indices { splits[s].inputs = splits[s].inputs.map { Float((Double($0) - mean) / std) } }
        return Dataset(
            name: "mnist1d", task: .classification, features: length, outputs: 10,
            train: splits[0], validation: splits[1], test: splits[2],
            fingerprint: "mnist1d/v1 length=\(length) templates=10 padding=36-60 scale=0.4 translation=48 corr_noise=0.25 iid_noise=0.02 shear=0.75 train=\(train) val=\(validation) test=\(test) seed=\(seed)")
    }
}
