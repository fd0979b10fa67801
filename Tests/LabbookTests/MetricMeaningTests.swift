import Engine
import Foundation
import Store
import Testing

/// One name, one meaning: the curve's training figures are minibatch means in training mode and
/// are called `train_batch_*`; `train_loss` is the final evaluation.
@Suite struct MetricMeaningTests {
    static let store = ResultsStore(folder: ResearchLogTests.repository.appendingPathComponent("results"))

    @Test func theLastCurvePointAndTheFinalMetricsAgreeOnEveryNameTheyShare() throws {
        let records = Self.store.allRecords()
        #expect(records.count >= 500)
        var compared = 0
        for record in records where record.status == .ok {
            // Early stopping with restore reports the metrics of an earlier step.
            guard let last = record.curve.last, last.step == record.finalStep else { continue }
            for metric in Metric.curveMetrics {
                guard let onCurve = last.value(of: metric), let final = record.metrics[metric] else { continue }
                #expect(onCurve == final, "\(record.key): \(metric) is \(onCurve) on the curve and \(final) at the end")
                compared += 1
            }
            #expect(record.metrics[Metric.best(Metric.trainLoss)] == nil, "\(record.key) still names a curve figure best_train_loss")
        }
        #expect(compared > 1000)
    }

    @Test func aFormatOneRecordIsReadWithTheNewNamesAndItsFileIsLeftAlone() throws {
        let url = try #require(Self.store.allRecords().first.map { Self.store.url(for: $0.key) })
        let bytes = try Data(contentsOf: url)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("\"format\""), "committed records are format 1")
        #expect(text.contains("\"best_train_loss\"") && text.contains("\"train_loss\""))

        let record = try TrialRecord.decode(bytes)
        #expect(record.format == 2)
        #expect(record.metrics["best_train_batch_loss"] != nil && record.metrics["best_train_loss"] == nil)
        #expect(record.metrics["train_loss"] != nil, "the final evaluation keeps its name")
        #expect(record.curve.allSatisfy { $0.trainBatchLoss != nil })
        #expect(record.inputs.key == record.key, "the key does not change")

        let written = String(decoding: record.encoded(), as: UTF8.self)
        #expect(written.contains("\"format\" : 2") && written.contains("\"train_batch_loss\"") && !written.contains("\"best_train_loss\""))
        #expect(try TrialRecord.decode(record.encoded()) == record, "format 2 reads back as itself")
        #expect(try Data(contentsOf: url) == bytes)
    }
}
