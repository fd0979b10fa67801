import Notes

/// What an experiment's box in a page shows, as plain values (the Site knows nothing of the engine).
public struct ExperimentBox: Sendable {
    public var id: String
    public var total: Int
    public var ok: Int
    public var diverged: Int
    public var failed: Int
    public var missing: Int
    public var trainedNow: Int
    /// `("new seed", 3)`.
    public var missingReasons: [(reason: String, count: Int)]
    /// `("test_loss", "0.4123", "width=512 lr=1e-3 (mean of 3 seeds)")`.
    public var best: [(metric: String, value: String, trial: String)]

    public init(id: String, total: Int, ok: Int, diverged: Int, failed: Int, missing: Int, trainedNow: Int,
                missingReasons: [(reason: String, count: Int)], best: [(metric: String, value: String, trial: String)]) {
        self.id = id; self.total = total; self.ok = ok; self.diverged = diverged; self.failed = failed
        self.missing = missing; self.trainedNow = trainedNow; self.missingReasons = missingReasons; self.best = best
    }

    /// What `experiment-box.mustache` is given: counts, with their words agreeing in number; `yaml`
    /// is the directive's text, shown folded.
    func templateContext(yaml: String) -> [String: Any] {
        let stored = ok + diverged + failed
        return [
            "id": id, "anchor": "experiment-\(Slug.make(id))", "yaml": yaml,
            "total": total, "totalWord": Plural.trials(total),
            "ok": ok, "diverged": diverged, "failed": failed,
            "pending": missing > 0, "missing": missing, "missingWord": Plural.trials(missing),
            "missingPronoun": missing == 1 ? "it" : "them",
            "missingReasons": missingReasons.enumerated().map { index, item -> [String: Any] in
                ["count": item.count, "reason": item.reason, "more": index < missingReasons.count - 1]
            },
            "hasBest": !best.isEmpty,
            "best": best.map { ["metric": $0.metric, "value": $0.value, "trial": $0.trial] },
            "hasStored": stored > 0, "stored": stored, "storedWord": Plural.trials(stored),
            "hasTrainedNow": trainedNow > 0, "trainedNow": trainedNow,
        ]
    }
}
