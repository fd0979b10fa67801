/// The last dataset a long-lived worker loaded, kept for its next trial: a sweep's trials differ in
/// model and optimiser, rarely in data, and decoding Fashion-MNIST costs more than a short trial.
/// Keyed on everything in the resolved configuration but the keys that only shape training, so a
/// key added later counts as a data key until it is listed here (a miss, never a wrong dataset).
package final class DatasetMemo {
    private var key: (config: TrialConfig, locations: DatasetLocations)?
    private var dataset: Dataset?

    package init() {}

    /// The dataset `config` names, loaded unless the previous trial's had the same data keys.
    package func dataset(for config: TrialConfig, locations: DatasetLocations) throws -> Dataset {
        let resolved = config.resolved()
        let dataKeys = Self.dataKeys(of: resolved)
        if let key, let dataset, key.config == dataKeys, key.locations == locations { return dataset }
        // Let the old one go first: two Fashion-MNISTs at once would double the worker's memory.
        key = nil
        dataset = nil
        let loaded = try DatasetLoader.load(resolved, locations: locations)
        (key, dataset) = ((dataKeys, locations), loaded)
        return loaded
    }

    /// Keys `DatasetLoader` never reads: they decide the model and how it trains.
    static let trainingKeys: [AnyConfigKey] = [
        AnyConfigKey(ConfigKeys.model), AnyConfigKey(ConfigKeys.width), AnyConfigKey(ConfigKeys.depth),
        AnyConfigKey(ConfigKeys.activation), AnyConfigKey(ConfigKeys.norm), AnyConfigKey(ConfigKeys.dropout),
        AnyConfigKey(ConfigKeys.parametrization), AnyConfigKey(ConfigKeys.baseWidth), AnyConfigKey(ConfigKeys.optimizer),
        AnyConfigKey(ConfigKeys.lr), AnyConfigKey(ConfigKeys.momentum), AnyConfigKey(ConfigKeys.nesterov),
        AnyConfigKey(ConfigKeys.weightDecay), AnyConfigKey(ConfigKeys.beta1), AnyConfigKey(ConfigKeys.beta2),
        AnyConfigKey(ConfigKeys.schedule), AnyConfigKey(ConfigKeys.batch), AnyConfigKey(ConfigKeys.steps),
        AnyConfigKey(ConfigKeys.epochs), AnyConfigKey(ConfigKeys.warmup), AnyConfigKey(ConfigKeys.evalEvery),
        AnyConfigKey(ConfigKeys.earlyStopping), AnyConfigKey(ConfigKeys.divergence), AnyConfigKey(ConfigKeys.objective),
        AnyConfigKey(ConfigKeys.groupWeighting), AnyConfigKey(ConfigKeys.droEta), AnyConfigKey(ConfigKeys.droAdjustment),
        AnyConfigKey(ConfigKeys.irmLambda), AnyConfigKey(ConfigKeys.irmAnnealSteps), AnyConfigKey(ConfigKeys.andmaskTau),
    ]

    static func dataKeys(of resolved: TrialConfig) -> TrialConfig {
        var kept = resolved
        for key in trainingKeys { key.copy(TrialConfig(), &kept) }
        return kept
    }
}
