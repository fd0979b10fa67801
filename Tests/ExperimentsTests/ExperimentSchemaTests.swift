import Notes
import Testing
@testable import Execution
@testable import Planning
@testable import Store

@Suite struct ExperimentSchemaTests {
    @Test func unknownKeyGetsADidYouMeanAtItsLineInTheNote() throws {
        let result = parseExperiment("id: w\ndataset: teacher\nwidht: [8, 16]")
        let problem = try #require(result.problems.first)
        // Line 5 is the fence, so the body's third line is line 8 of the note.
        #expect(problem.description == "notes/2026-01-01-sweep.md:8:1: error: unknown key 'widht' in experiment; did you mean 'width'?")
    }

    @Test func typesRangesAndAllowedValuesAreChecked() {
        let result = parseExperiment("""
        id: w
        dataset: teacher
        width: 12.5
        lr: -1
        dropout: 1.5
        optimizer: adma
        nesterov: maybe
        early_stopping: {metric: val_los, patience: 3}
        """)
        let messages = result.problems.map(\.description)
        #expect(messages == [
            "notes/2026-01-01-sweep.md:8:8: error: 'width' must be a whole number, not number '12.5'",
            "notes/2026-01-01-sweep.md:9:5: error: 'lr' must be in (0, ∞), got -1",
            "notes/2026-01-01-sweep.md:10:10: error: 'dropout' must be in [0, 1), got 1.5",
            "notes/2026-01-01-sweep.md:11:12: error: 'optimizer' must be one of sgd, adam, adamw, got 'adma'; did you mean 'adam'?",
            "notes/2026-01-01-sweep.md:12:11: error: 'nesterov' must be true or false, not string 'maybe'",
            "notes/2026-01-01-sweep.md:13:26: error: 'early_stopping.metric' must be one of train_batch_loss, train_batch_acc, val_loss, val_acc, test_loss, test_acc, val_worst_group_loss, val_worst_group_acc, test_worst_group_loss, test_worst_group_acc, got 'val_los'; did you mean 'val_loss'?",
        ])
    }

    @Test func sweepProblemsAreErrors() {
        #expect(parseExperiment("id: w\ndataset: teacher\nwidth: []").problems.first?.message == "'width' is an empty sweep: give at least one value")
        #expect(parseExperiment("id: w\ndataset: mnist2d").problems.first?.message.contains("did you mean 'mnist1d'") == true)
        #expect(parseExperiment("id: w\nlr: loguniform(1e-4, 1e-1)").problems.first?.message == "'lr' is a distribution, which needs 'sweep: random'")
        #expect(parseExperiment("id: w\nsweep: zip\nwidth: [8, 16]\nlr: [1e-3]").problems.first?.message == "a zip sweep needs lists of one length: width has 2, lr has 1")
        #expect(parseExperiment("id: w\nsweep: random\nlr: loguniform(1e-4, 1e-1)").problems.first?.message == "a random sweep needs 'samples: N'")
        #expect(parseExperiment("id: w\nsweep: random\nsamples: 3\nlr: loguniform(1, 0.1)").problems.first?.message == "'lr': loguniform(low, high) needs two numbers with low < high")
        #expect(parseExperiment("dataset: teacher").problems.first?.message.hasPrefix("an experiment needs 'id'") == true)
        #expect(parseExperiment("id: w\nseeds: 0").problems.first?.message == "'seeds' must be at least 1, got 0")
    }

    @Test func groupKeysAreAcceptedAndChecked() throws {
        let result = parseExperiment("""
        id: g
        dataset: spurious
        spurious: {core_dim: 20, majority_fraction: 0.95}
        objective: [erm, groupdro]
        dro_eta: 0.1
        group_weighting: none
        """)
        #expect(result.problems.isEmpty)
        #expect(try #require(result.experiment) != nil)
        let bad = parseExperiment("id: g\ndataset: spurious\nandmask_tau: 1.5\nspurious: {majority_fraction: 2}")
        #expect(bad.problems.map(\.message) == ["'andmask_tau' must be in [0, 1], got 1.5", "'spurious.majority_fraction' must be in [0, 1], got 2"])
    }

    @Test func patchedFashionMNISTKeysAreAcceptedAndChecked() throws {
        let result = parseExperiment("id: p\ndataset: fashion-mnist-patch\npatch: {negative_class: 0, positive_class: 6, size: 3}\nobjective: groupdro")
        #expect(result.problems.isEmpty)
        #expect(parseExperiment("id: p\ndataset: fashion-mnist-patch\npatch: {colour: 1}").problems.map(\.message)
            == ["'patch.colour' is not a key of patch (keys: majority_fraction, negative_class, positive_class, size)"])
        #expect(parseExperiment("id: p\ndataset: fashon-mnist-patch").problems.first?.message.hasSuffix("did you mean 'fashion-mnist-patch'?") == true)
        let planned = plan([experimentNote("id: p\ndataset: fashion-mnist-patch\npatch: {negative_class: 3, positive_class: 3}")])
        #expect(planned.diagnostics.map(\.description)
            == ["notes/2026-01-01-sweep.md:8:44: error: 'patch.positive_class' must differ from negative_class, both are 3"],
            "at the field inside the section")
    }

    @Test func seedsTakeACountOrAList() throws {
        #expect(try #require(parseExperiment("id: w\nseeds: 3").experiment).seeds == [0, 1, 2])
        #expect(try #require(parseExperiment("id: w\nseeds: [4, 7]").experiment).seeds == [4, 7])
    }

    @Test func engineChecksPointAtTheKey() {
        let result = plan([experimentNote("id: w\ndataset: teacher\nsteps: 10\nepochs: 2")])
        #expect(result.diagnostics.map { $0.description } == ["notes/2026-01-01-sweep.md:8:8: error: 'steps' and 'epochs' are both given: give one"])
        #expect(result.experiments.isEmpty)
    }

    @Test func muPWithAConvolutionalModelIsRefusedAtItsKey() {
        let result = plan([experimentNote("id: c\ndataset: mnist1d\nmodel: cnn\nparametrization: mup")])
        #expect(result.diagnostics.map { $0.description }
            == ["notes/2026-01-01-sweep.md:9:18: error: 'parametrization' mup is not defined for convolutional models (model: cnn): use standard"])
        #expect(result.experiments.isEmpty)
    }

    @Test func duplicateIdsInANoteAreErrors() {
        let text = "---\ntitle: t\n---\n```experiment\nid: a\n```\n\n```experiment\nid: a\n```\n"
        let result = plan([NoteParser.parse(text, path: "notes/t.md", relativePath: "t.md")])
        #expect(result.diagnostics.map { $0.description } == ["notes/t.md:8:1: error: experiment id 'a' is already used at line 4 of this note"])
    }
}
