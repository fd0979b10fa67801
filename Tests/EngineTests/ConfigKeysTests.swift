import Foundation
import XCTest
@testable import Engine

/// Each row of `ConfigKeys` is the whole declaration of its key: these check that every row reads
/// and writes its own property under its own spelling, once.
final class ConfigKeysTests: XCTestCase {
    /// A value each rule allows, as JSON.
    private func sample(_ rule: ConfigRule) -> String {
        switch rule {
        case .integer(let min, _): return "\(min + 1)"
        case .number(let range): return range.high.map { "\((range.low + $0) / 2)" } ?? "\(range.low + 2)"
        case .choice(let allowed): return "\"\(allowed.last!)\""
        case .text: return "\"x\""
        case .flag: return "true"
        case .dataset: return "\"teacher\""
        case .section: return "{}"
        case .labels: return "[3, 1]"
        }
    }

    func testEveryKeyIsDeclaredOnceAndEveryPropertyHasAKey() {
        XCTAssertEqual(Set(TrialConfig.keys).count, TrialConfig.keys.count)
        // With the round trip below (each key writes a property no other key writes), equal counts
        // mean a one-to-one match: a new property without its row in `ConfigKeys.all` fails here.
        let properties = Mirror(reflecting: TrialConfig()).children.compactMap(\.label)
        XCTAssertEqual(properties.count, ConfigKeys.all.count, "give every TrialConfig property a row in ConfigKeys.all: \(properties)")
    }

    func testEveryKeyReadsAndWritesItsOwnProperty() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let blank = String(decoding: try encoder.encode(TrialConfig()), as: UTF8.self)
        for key in ConfigKeys.all {
            let json = "{\"\(key.name)\": \(sample(key.rule))}"
            let config = try JSONDecoder().decode(TrialConfig.self, from: Data(json.utf8))
            let written = String(decoding: try encoder.encode(config), as: UTF8.self)
            XCTAssertTrue(written.contains("\"\(key.name)\":"), "\(key.name): \(written)")
            // Only this key changed: written out without it, the rest is a blank configuration's.
            var others = try JSONSerialization.jsonObject(with: Data(written.utf8)) as! [String: Any]
            var blankObject = try JSONSerialization.jsonObject(with: Data(blank.utf8)) as! [String: Any]
            others[key.name] = nil
            blankObject[key.name] = nil
            XCTAssertEqual(NSDictionary(dictionary: others), NSDictionary(dictionary: blankObject), key.name)
            XCTAssertEqual(try JSONDecoder().decode(TrialConfig.self, from: Data(written.utf8)), config, key.name)
        }
    }

    func testDefaultsComeFromTheTableAndUseSitesReadThem() {
        var sgd = TrialConfig()
        sgd.optimizer = .sgd
        XCTAssertEqual(sgd.resolved().momentum, 0.9)
        XCTAssertEqual(sgd[ConfigKeys.momentum], 0.9, "the engine reads the same default before resolution")
        XCTAssertEqual(TrialConfig()[ConfigKeys.divergence], 100)
        XCTAssertEqual(ConfigKeys.width.defaults.text, "128", "a stored key's default is its property's initial value")
    }

    func testProblemsNameTheKeyPathAsAValue() {
        var c = TrialConfig()
        c.dataset = "spurious"
        c.spurious = SpuriousSpec(majorityFraction: 2)
        c.lr = 0
        XCTAssertEqual(c.problems(), [
            ConfigProblem(["spurious", "majority_fraction"], "must be in [0, 1], got 2"),
            ConfigProblem("lr", "must be in (0, ∞), got 0"),
        ])
        XCTAssertEqual(c.problems().map(\.key), ["spurious", "lr"])
    }
}
