import Foundation
import Numerics

/// On a log axis the powers of ten can miss the data at both ends (train_size 250 … 4000 labelled
/// 500 … 2000, losses from 1.14 labelled from 1.5): the first and last data values are labelled
/// too, and a generated label they would collide with becomes a plain mark.
extension AxisTicks {
    func labellingDataEnds(_ ticks: [AxisTick]) -> [AxisTick] {
        guard scale == .log else { return ticks }
        let lo = lower * (1 - 1e-9), hi = upper * (1 + 1e-9)
        let ends = Array(Set(dataEnds.filter { $0 > 0 && $0 >= lo && $0 <= hi })).sorted()
        guard !ends.isEmpty else { return ticks }
        let endLabels = NumberFormat.label.strings(ends)
        var result = ticks
        var added: [Double: String] = [:]
        for (value, label) in zip(ends, endLabels) {
            if result.contains(where: { $0.isMajor && Self.same($0.value, value) }) { continue }
            if added.contains(where: { !fits([$0.key, value], [$0.value, label], limitCount: false) }) { continue }
            result.removeAll { Self.same($0.value, value) }
            result = result.map { tick in
                guard let other = tick.label, added[tick.value] == nil else { return tick }
                let pair = tick.value < value ? ([tick.value, value], [other, label]) : ([value, tick.value], [label, other])
                return fits(pair.0, pair.1, limitCount: false) ? tick : AxisTick(value: tick.value, label: nil)
            }
            result.append(AxisTick(value: value, label: label))
            added[value] = label
        }
        return result.sorted { $0.value < $1.value }
    }

    private static func same(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }
}
