import Notes

/// What an experiment's box in a page shows, as plain values (the Site knows nothing of the engine).
package struct ExperimentBox: Sendable {
    package var id: String
    package var total: Int
    package var ok: Int
    package var diverged: Int
    package var failed: Int
    package var missing: Int
    package var trainedNow: Int
    /// `("new seed", 3)`.
    package var missingReasons: [(reason: String, count: Int)]
    /// `("test_loss", "0.4123", "width=512 lr=1e-3 (mean of 3 seeds)")`.
    package var best: [(metric: String, value: String, trial: String)]
    /// Why trials failed: `("width=8 seed 0", "out of memory")`, the first line of each failure.
    package var failures: [(trial: String, reason: String)]

    package init(id: String, total: Int, ok: Int, diverged: Int, failed: Int, missing: Int, trainedNow: Int,
                missingReasons: [(reason: String, count: Int)], best: [(metric: String, value: String, trial: String)],
                failures: [(trial: String, reason: String)] = []) {
        self.id = id; self.total = total; self.ok = ok; self.diverged = diverged; self.failed = failed
        self.missing = missing; self.trainedNow = trainedNow; self.missingReasons = missingReasons; self.best = best
        self.failures = failures
    }

    /// Failures shown by name; the rest are counted.
    static let failuresShown = 5

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
            "hasFailures": !failures.isEmpty, "failedWord": Plural.trials(failures.count), "failedPronoun": failures.count == 1 ? "it" : "them",
            "failures": failures.prefix(Self.failuresShown).map { ["trial": $0.trial, "reason": $0.reason] },
            "moreFailures": max(0, failures.count - Self.failuresShown),
        ]
    }
}
