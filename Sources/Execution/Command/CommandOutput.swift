import Engine
import Foundation

/// What a command trial's script left behind, read as the engine's results are recorded: final
/// metrics from `LABBOOK_METRICS`, the learning curve from `LABBOOK_CURVE`, and `best_<name>`
/// over the curve for each metric in it.
struct CommandOutput {
    enum Reading: Equatable {
        case ok
        /// A metric was NaN or infinite, or the script wrote `"status": "diverged"`.
        case diverged(String)
        case failed(String)
    }

    var reading: Reading = .ok
    var metrics: [String: Double] = [:]
    var curve: [CurvePoint] = []

    /// Reads the files; `higherIsBetter` names the script's own metrics that are better higher.
    /// `lr` is the trial's learning rate, for curve points that do not give their own.
    init(metricsFile: URL, curveFile: URL, higherIsBetter: Set<String>, lr: Double) {
        curve = Self.curve(curveFile, lr: lr)
        guard let data = FileManager.default.contents(atPath: metricsFile.path) else {
            reading = .failed("the script wrote no metrics: LABBOOK_METRICS (\(metricsFile.lastPathComponent)) is missing")
            return
        }
        let object: [String: LenientJSON.Value]
        do { object = try LenientJSON.object(data) } catch {
            reading = .failed("LABBOOK_METRICS is not one JSON object of metrics: \(Self.describe(error))")
            return
        }
        var diverged: [String] = []
        for (name, value) in object.sorted(by: { $0.key < $1.key }) {
            switch value {
            case .text(let status) where name == "status":
                switch status {
                case "ok": continue
                case "diverged": diverged.insert("the script reported \"status\": \"diverged\"", at: 0)
                default:
                    reading = .failed("LABBOOK_METRICS has \"status\": \"\(status)\"; a script may write \"ok\" or \"diverged\"")
                    return
                }
            case .number(let number):
                metrics[name] = number
                if !number.isFinite { diverged.append("\(name) is \(number)") }
            case .text(let text):
                reading = .failed("metric '\(name)' is not a number: \"\(text)\"")
                return
            case .flag(let flag):
                reading = .failed("metric '\(name)' is not a number: \(flag)")
                return
            case .other:
                reading = .failed("metric '\(name)' is not a number (a list or an object)")
                return
            }
        }
        for point in curve {
            for name in Self.names(point) where !point.value(of: name)!.isFinite {
                diverged.append("\(name) is \(point.value(of: name)!) at step \(point.step)")
                break
            }
            if diverged.count > 3 { break }
        }
        // Best over the curve, as the engine records it, unless the script wrote its own.
        for name in Set(curve.flatMap(Self.names)) where metrics[Metric.best(name)] == nil {
            let values = curve.compactMap { $0.value(of: name) }.filter(\.isFinite)
            guard !values.isEmpty else { continue }
            let higher = Metric.higherIsBetter(name) || higherIsBetter.contains(name)
            metrics[Metric.best(name)] = higher ? values.max()! : values.min()!
        }
        if let last = curve.last?.step, metrics[Metric.steps] == nil { metrics[Metric.steps] = Double(last) }
        if let first = diverged.first { reading = .diverged(first) }
    }

    /// Every named value of a point, the engine's and the script's own.
    private static func names(_ point: CurvePoint) -> [String] {
        Metric.curveMetrics.filter { point.value(of: $0) != nil } + (point.other?.keys.sorted() ?? [])
    }

    /// One point per line that is an object with a numeric `step`; other lines are skipped (a
    /// line cut short by a kill, say). Known names fill the engine's fields, the rest `other`.
    static func curve(_ file: URL, lr: Double) -> [CurvePoint] {
        guard let data = FileManager.default.contents(atPath: file.path) else { return [] }
        var points: [CurvePoint] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let object = try? LenientJSON.object(Data(line)), case .number(let step)? = object["step"], step.isFinite else { continue }
            var fields: [String: Any] = ["step": Int(step), "lr": lr]
            var other: [String: Any] = [:]
            for (name, value) in object where name != "step" {
                guard case .number(let number) = value else { continue }
                let written: Any = number.isFinite ? number : (number.isNaN ? "nan" : number > 0 ? "inf" : "-inf")
                if name == "lr" || Metric.curveMetrics.contains(name) { fields[name] = written }
                else { other[name] = written }
            }
            if !other.isEmpty { fields["other"] = other }
            guard let json = try? JSONSerialization.data(withJSONObject: fields) else { continue }
            let decoder = JSONDecoder()
            decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
            if let point = try? decoder.decode(CurvePoint.self, from: json) { points.append(point) }
        }
        return points
    }

    private static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            return context.underlyingError.map { "\($0.localizedDescription)" } ?? context.debugDescription
        }
        if case DecodingError.typeMismatch = error { return "it is not an object of names and numbers" }
        return "\(error)"
    }
}
