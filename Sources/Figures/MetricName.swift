import Engine

/// The metric registry is Engine's `Metric`; this name stays for the figure code that still says
/// `MetricName` until it is next edited.
public typealias MetricName = Metric
