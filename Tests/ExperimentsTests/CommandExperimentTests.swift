import Crypto
import Engine
import Foundation
import Notes
import Testing
@testable import Planning

/// A notebook folder with a script in it, planned with the given experiment body.
private final class ScriptFolder {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("labbook-command-\(UUID().uuidString)")
    init() throws {
        try write("scripts/train.py", "print('training')\n")
        try write("scripts/models/mlp.py", "WIDTH = 64\n")
        try write("requirements.txt", "torch==2.5.1\n")
    }
    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func plan(_ body: String) -> ExperimentPlanner.Plan {
        var planner = ExperimentPlanner(locations: DatasetLocations(root: root.path))
        return planner.plan(Notebook(root: root, notes: [experimentNote(body)]))
    }

    func keys(_ body: String) -> Set<String> {
        let plan = plan(body)
        precondition(plan.diagnostics.isEmpty, "\(plan.diagnostics)")
        return Set(plan.trials.map(\.key))
    }
}

private let base = """
    id: own
    command: python3 scripts/train.py --epochs 3
    code: [scripts/train.py, scripts/models/]
    env: requirements.txt
    arch: resnet18
    width: [64, 128]
    seeds: 2
    """

@Suite struct CommandExperimentTests {
    /// `from:` starts engine trials from upstream weights; a command trial has no such weights,
    /// so the key is an error at its position rather than passed to the script unnoticed.
    @Test func fromIsAnErrorInACommandExperiment() throws {
        let folder = try ScriptFolder()
        let plan = folder.plan(base + "\nfrom: upstream")
        let problem = try #require(plan.diagnostics.first)
        #expect(problem.message.hasPrefix("'from' starts the engine's trials from an upstream trial's weights"))
        #expect(problem.location.line == 13 && problem.location.column == 7, "the value of `from:`, on the note's own line")
        #expect(plan.trials.isEmpty)
    }

    @Test func otherKeysPassThroughWithTheirYAMLTypesAndSweepAsUsual() throws {
        let folder = try ScriptFolder()
        let grid = folder.plan(base + "\nlr: [1e-3, 3e-3]\naugment: {flip: true, crop: 4}\nwarm: false")
        #expect(grid.diagnostics.isEmpty, "\(grid.diagnostics)")
        #expect(grid.trials.count == 8)
        let config = try #require(grid.trials.first?.inputs.command?.config)
        #expect(config == ["arch": .string("resnet18"), "width": .int(64), "lr": .double(1e-3),
                           "augment": .mapping(["flip": .bool(true), "crop": .int(4)]), "warm": .bool(false)])

        let zip = folder.plan(base + "\nlr: [1e-3, 3e-3]\nsweep: zip")
        #expect(zip.trials.count == 4)
        #expect(Set(zip.trials.map { $0.inputs.configValues["lr"]! }) == [.double(1e-3), .double(3e-3)])

        let random = folder.plan(base.replacingOccurrences(of: "width: [64, 128]", with: "lr: loguniform(1e-4, 1e-1)\nsweep: random\nsamples: 3"))
        #expect(random.diagnostics.isEmpty, "\(random.diagnostics)")
        let rates = random.trials.compactMap { $0.inputs.configValues["lr"]?.number }
        #expect(rates.count == 6 && rates.allSatisfy { $0 >= 1e-4 && $0 <= 1e-1 })
    }

    @Test func onlyYAMLTypesAreCheckedAndTheEnginesSchemaStillChecksItsOwn() throws {
        let folder = try ScriptFolder()
        // `width: wide` and `model: transformer` are the script's business, not the engine's.
        #expect(folder.plan(base.replacingOccurrences(of: "width: [64, 128]", with: "width: wide\nmodel: transformer")).diagnostics.isEmpty)
        let nested = folder.plan(base.replacingOccurrences(of: "width: [64, 128]", with: "width: [64, [1, 2]]"))
        #expect(nested.diagnostics.map(\.message) == ["'width' is a list inside a sweep: each value of a swept key must be one number, text, true/false or mapping"])
        #expect(folder.plan(base + "\ntimeout: soon").diagnostics.map(\.message) == ["'timeout' must be a duration such as 90s, 30m or 2h, not string 'soon'"])
        let unclosed = folder.plan(base.replacingOccurrences(of: "--epochs 3", with: "--name 'unclosed"))
        #expect(unclosed.diagnostics.map(\.description) == ["notes/2026-01-01-sweep.md:7:10: error: 'command': the command has an unclosed ' quote"])
        // Without `command:` the engine's schema reads the keys exactly as before.
        let engine = parseExperiment("id: e\ndataset: teacher\nmodel: transformer\narch: resnet18")
        #expect(engine.problems.map(\.message).contains { $0.hasPrefix("'model' must be one of") })
        #expect(engine.problems.map(\.message).contains { $0.hasPrefix("unknown key 'arch' in experiment") })
    }

    @Test func theKeyHashesKeysSeedCommandCodeAndContractVersion() throws {
        let folder = try ScriptFolder()
        let keys = folder.keys(base)
        #expect(keys.count == 4)
        // What does not change results: how long to wait, which metrics are better, key order, prose.
        #expect(folder.keys(base + "\ntimeout: 2h\nhigher_is_better: [top1]") == keys)
        #expect(folder.keys(base.split(separator: "\n").reversed().joined(separator: "\n")) == keys)
        // What does: the command, a key, the content of any code or env file, a file added to a folder.
        #expect(folder.keys(base.replacingOccurrences(of: "--epochs 3", with: "--epochs 4")).isDisjoint(with: keys))
        #expect(folder.keys(base.replacingOccurrences(of: "resnet18", with: "resnet50")).isDisjoint(with: keys))
        for (path, text) in [("scripts/models/mlp.py", "WIDTH = 32\n"), ("requirements.txt", "torch==2.6.0\n"), ("scripts/models/new.py", "\n")] {
            let edited = try ScriptFolder()
            try edited.write(path, text)
            #expect(edited.keys(base).isDisjoint(with: keys), "\(path)")
        }
        // Python's caches beside the code are not code.
        let cached = try ScriptFolder()
        try cached.write("scripts/models/__pycache__/mlp.cpython-311.pyc", "bytecode")
        #expect(cached.keys(base) == keys)

        let trial = try #require(folder.plan(base).trials.first)
        let json = String(decoding: trial.inputs.canonicalJSON, as: UTF8.self)
        let digest = SHA256.hash(data: Data("print('training')\n".utf8)).map { String(format: "%02x", $0) }.joined()
        #expect(json.contains("\"scripts/train.py\":\"\(digest)\""))
        #expect(json.contains("\"scripts/models/mlp.py\":"))
        #expect(json.contains("\"contract_version\":\(CommandInputs.contractVersion)"))
        #expect(json.contains("\"command\":\"python3 scripts/train.py --epochs 3\""))
        #expect(trial.key == SHA256.hash(data: trial.inputs.canonicalJSON).map { String(format: "%02x", $0) }.joined())
        // A record's inputs read back give the same key.
        let decoded = try JSONDecoder().decode(TrialInputs.self, from: trial.inputs.canonicalJSON)
        #expect(decoded == trial.inputs && decoded.key == trial.key)
    }

    @Test func commandsSplitAsAShellWouldWithoutRunningOne() throws {
        #expect(try CommandWords.split("python3 scripts/train.py --name 'two words' \"a \\\"b\\\"\" c\\ d $HOME") ==
                ["python3", "scripts/train.py", "--name", "two words", "a \"b\"", "c d", "$HOME"])
        #expect(try CommandWords.split("  a\t''  ") == ["a", ""])
        #expect(throws: CommandWords.Problem.unclosedQuote("'")) { try CommandWords.split("python3 'x") }
        #expect(throws: CommandWords.Problem.trailingBackslash) { try CommandWords.split("python3 x\\") }
        #expect(throws: CommandWords.Problem.empty) { try CommandWords.split("   ") }
    }
}
