import Foundation
import XCTest
@testable import Engine

/// Trial keys hash the resolved configuration's JSON: keys added for other features must leave
/// the encoding of existing configurations exactly as it was, or every committed result goes
/// stale. The expected strings were captured before the group keys existed.
final class ConfigEncodingTests: XCTestCase {
    private func encoding(_ config: TrialConfig) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(config.resolved()), as: UTF8.self)
    }

    func testResolvedDefaultFashionMNISTConfigEncodesAsBefore() throws {
        XCTAssertEqual(try encoding(TrialConfig()), #"{"activation":"relu","batch":128,"beta1":0.9,"beta2":0.999,"data_seed":0,"dataset":"fashion-mnist","depth":2,"divergence":100,"dropout":0,"eval_every":50,"lr":0.001,"model":"mlp","norm":"none","objective":"erm","optimizer":"adam","parametrization":"standard","schedule":"constant","steps":1000,"val_size":5000,"weight_decay":0,"width":128}"#)
    }

    func testResolvedTeacherAndCSVConfigsEncodeAsBefore() throws {
        var teacher = TrialConfig()
        teacher.dataset = "teacher"
        teacher.optimizer = .sgd
        XCTAssertEqual(try encoding(teacher), #"{"activation":"relu","batch":128,"data_seed":0,"dataset":"teacher","depth":2,"divergence":100,"dropout":0,"eval_every":50,"lr":0.001,"model":"mlp","momentum":0.9,"nesterov":false,"norm":"none","objective":"erm","optimizer":"sgd","parametrization":"standard","schedule":"constant","steps":1000,"teacher":{"depth":2,"inputs":32,"noise":0,"outputs":10,"task":"classification","width":64},"test_size":2000,"train_size":10000,"val_size":2000,"weight_decay":0,"width":128}"#)
        var csv = TrialConfig()
        csv.dataset = "csv:data.csv"
        XCTAssertEqual(try encoding(csv), #"{"activation":"relu","batch":128,"beta1":0.9,"beta2":0.999,"data_seed":0,"dataset":"csv:data.csv","depth":2,"divergence":100,"dropout":0,"eval_every":50,"label":"label","lr":0.001,"model":"mlp","norm":"none","objective":"erm","optimizer":"adam","parametrization":"standard","schedule":"constant","steps":1000,"task":"classification","weight_decay":0,"width":128}"#)
    }
}
