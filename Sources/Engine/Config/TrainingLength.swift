/// Defaults that need the training set's size, known only once the data is loaded: they cannot
/// be resolved into the configuration (nor into its trial key), so they are declared here, once.
extension TrialConfig {
    /// `steps`, or `epochs` (default 1) passes over the training set.
    func totalSteps(stepsPerEpoch: Int) -> Int { steps ?? (epochs ?? 1) * stepsPerEpoch }

    /// `warmup`, or 5% of the steps (as `ConfigKeys.warmup` resolves it when `steps` is given).
    func warmupSteps(totalSteps: Int) -> Int { warmup ?? max(1, totalSteps / 20) }

    /// `eval_every`, or one learning-curve point per epoch when training is given in epochs.
    func evaluationInterval(stepsPerEpoch: Int) -> Int { evalEvery ?? stepsPerEpoch }
}
