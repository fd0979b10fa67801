/// The names of measured quantities, alike in the store, `y:`, `color:`, table columns and values:
/// `<split>_<measure>` (final) and `best_<split>_<measure>` (best on the learning curve), plus
/// `params`, `flops`, `steps`, `wall_seconds`.
public enum MetricName {
    public static let splits = ["train", "val", "test"]
    public static let measures = ["loss", "acc", "worst_group_acc", "worst_group_loss"]
    public static let totals = ["params", "flops", "steps", "wall_seconds"]

    public static var all: [String] {
        let final = splits.flatMap { split in measures.map { "\(split)_\($0)" } }
        return final + final.map { "best_" + $0 } + totals
    }

    public static func isValid(_ name: String) -> Bool {
        if all.contains(name) { return true }
        // Per-group accuracy: `test_group_acc.<group>`.
        let base = name.hasPrefix("best_") ? String(name.dropFirst(5)) : name
        return splits.contains { base.hasPrefix("\($0)_group_acc.") && base.count > "\($0)_group_acc.".count }
    }

    public static func higherIsBetter(_ name: String) -> Bool { name.hasSuffix("_acc") || name.contains("_acc.") }
}
