import Foundation
import Numerics

/// Chooses "nice" ticks: 1, 2, 5 × 10ᵏ steps on linear axes; 1, 2, 5 × 10ᵏ, then decades only,
/// then every other decade on log axes. Candidates go from dense to sparse, and the first whose
/// labels neither crowd the axis nor overlap (estimated widths) wins.
struct AxisTicks: Sendable {
    var lower: Double
    var upper: Double
    var scale: AxisScale
    /// Length of the axis in pixels.
    var length: Double
    var orientation: AxisOrientation
    var fontSize: Double = ChartMetrics.tickFontSize
    /// The smallest and largest data values (not the padded domain), labelled on log axes.
    var dataEnds: [Double] = []

    /// Approximate rendered width of a label: sans-serif digits average about 0.6 em.
    static func labelWidth(_ label: String, fontSize: Double) -> Double {
        Double(label.count) * fontSize * 0.6
    }

    /// Most labels an axis of this length should carry, so ticks stay roughly 70 px (x) or
    /// 40 px (y) apart.
    var maximumCount: Int {
        max(2, Int(length / (orientation == .horizontal ? 70 : 40)))
    }

    func ticks(explicit: [Double]? = nil) -> [AxisTick] {
        guard let tLo = scale.transform(lower), let tHi = scale.transform(upper), tHi > tLo else { return [] }
        if let explicit { return thinned(explicit.filter { $0 >= lower && $0 <= upper }.sorted()) }
        switch scale {
        case .linear: return linearTicks() ?? []
        case .log: return labellingDataEnds(logTicks())
        }
    }

    /// Pixel offset of `value` from the start of the axis.
    func position(_ value: Double) -> Double {
        guard let t = scale.transform(value), let tLo = scale.transform(lower),
              let tHi = scale.transform(upper), tHi > tLo else { return 0 }
        return (t - tLo) / (tHi - tLo) * length
    }

    /// True when the labels, centred at their values, keep clear of each other and, for
    /// generated ticks, do not crowd the axis.
    func fits(_ values: [Double], _ labels: [String], limitCount: Bool = true) -> Bool {
        guard !limitCount || values.count <= maximumCount else { return false }
        let gap = orientation == .horizontal ? 10.0 : fontSize * 0.5
        for i in values.indices.dropFirst() {
            let distance = abs(position(values[i]) - position(values[i - 1]))
            let needed: Double
            switch orientation {
            case .horizontal:
                needed = (Self.labelWidth(labels[i], fontSize: fontSize)
                    + Self.labelWidth(labels[i - 1], fontSize: fontSize)) / 2 + gap
            case .vertical:
                needed = fontSize + gap
            }
            if distance < needed { return false }
        }
        return true
    }

    func linearTicks() -> [AxisTick]? {
        let span = upper - lower
        guard span > 0, span.isFinite else { return nil }
        let base = Int((log10(span) + 1e-9).rounded(.down)) - 2
        var last: [AxisTick]?
        for k in base...(base + 3) {
            for m in [1.0, 2.0, 5.0] {
                let step = m * pow(10, Double(k))
                let first = (lower / step - 1e-9).rounded(.up)
                let final = (upper / step + 1e-9).rounded(.down)
                guard final >= first, final - first < 1000 else { continue }
                let values = stride(from: first, through: final, by: 1).map { $0 * step }
                let labels = NumberFormat.tick(step: step).strings(values)
                let ticks = zip(values, labels).map { AxisTick(value: $0, label: $1) }
                if fits(values, labels) { return ticks }
                last = ticks
            }
        }
        // Nothing fits (a tiny axis): the sparsest candidate, labelling only its ends.
        return last.map { ticks in
            ticks.enumerated().map { i, t in
                AxisTick(value: t.value, label: i == 0 || i == ticks.count - 1 ? t.label : nil)
            }
        }
    }

    func logTicks() -> [AxisTick] {
        let kLo = Int(log10(lower).rounded(.down))
        let kHi = Int(log10(upper).rounded(.up))
        let decades = Array(kLo...kHi)
        func values(_ multipliers: [Double], every n: Int) -> [Double] {
            let lo = lower * (1 - 1e-9), hi = upper * (1 + 1e-9)
            var result: [Double] = []
            for k in decades where (k % n + n) % n == 0 {
                let power: Double = pow(10, Double(k))
                for m in multipliers where m * power >= lo && m * power <= hi {
                    result.append(m * power)
                }
            }
            return result
        }
        var candidates: [(values: [Double], every: Int, allMultipliers: Bool)] = [
            (values([1, 2, 5], every: 1), 1, true)
        ]
        for n in 1...max(1, decades.count) {
            candidates.append((values([1], every: n), n, false))
        }
        var chosen: (values: [Double], every: Int, allMultipliers: Bool)?
        for candidate in candidates where candidate.values.count >= 2 {
            if fits(candidate.values, NumberFormat.tick(step: nil).strings(candidate.values)) {
                chosen = candidate
                break
            }
        }
        // A narrow range (losses 0.30 … 0.45) has too few powers of ten: plain steps read better.
        if chosen.map({ $0.values.count < 3 }) ?? true,
           let linear = linearTicks(), linear.filter(\.isMajor).count > (chosen?.values.count ?? 0) {
            return linear
        }
        guard let chosen else { return linearTicks() ?? [] }
        let labels = NumberFormat.tick(step: nil).strings(chosen.values)
        var ticks = zip(chosen.values, labels).map { AxisTick(value: $0, label: $1) }
        // Unlabelled minor ticks keep the log scale readable: 2 … 9 × 10ᵏ when decades are
        // wide enough to show them, the skipped decades otherwise.
        let minorMultipliers: [Double] = chosen.every == 1 && decades.count <= 7
            ? [1, 2, 3, 4, 5, 6, 7, 8, 9] : [1]
        let majors = Set(chosen.values)
        for v in values(minorMultipliers, every: 1) where !majors.contains(v) {
            ticks.append(AxisTick(value: v, label: nil))
        }
        return ticks.sorted { $0.value < $1.value }
    }

    /// Explicit ticks keep every k-th label, the smallest k that fits; the rest stay as marks.
    func thinned(_ values: [Double]) -> [AxisTick] {
        let labels = NumberFormat.label.strings(values)
        for k in 1...max(1, values.count) {
            let kept = values.indices.filter { $0 % k == 0 }
            // Values the author chose are all worth labelling: only overlap thins them.
            if fits(kept.map { values[$0] }, kept.map { labels[$0] }, limitCount: false) {
                return values.indices.map { AxisTick(value: values[$0], label: $0 % k == 0 ? labels[$0] : nil) }
            }
        }
        return values.map { AxisTick(value: $0, label: nil) }
    }
}
