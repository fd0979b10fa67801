import Testing
@testable import Execution
@testable import Planning
@testable import Store

@Suite struct SweepTests {
    @Test func gridIsTheProductInWrittenOrder() throws {
        let experiment = try #require(parseExperiment("id: g\nwidth: [8, 16, 32]\nlr: [1e-3, 1e-2]").experiment)
        let points = SweepExpansion.points(experiment)
        #expect(points.count == 6)
        #expect(points.map { $0.map(\.value.description).joined(separator: ",") } ==
                ["8,1e-3", "8,1e-2", "16,1e-3", "16,1e-2", "32,1e-3", "32,1e-2"])
    }

    @Test func zipPairsListsPositionally() throws {
        let experiment = try #require(parseExperiment("id: z\nsweep: zip\nwidth: [8, 16]\ndepth: [1, 2]").experiment)
        #expect(SweepExpansion.points(experiment).map { $0.map(\.value.description) } == [["8", "1"], ["16", "2"]])
    }

    @Test func randomSampleIDependsOnlyOnTheSweepSeedAndI() throws {
        let five = try #require(parseExperiment("id: r\nsweep: random\nsamples: 5\nlr: loguniform(1e-4, 1e-1)\nwidth: integer(8, 64)\nactivation: choice(relu, gelu)").experiment)
        let eight = try #require(parseExperiment("id: r\nsweep: random\nsamples: 8\nlr: loguniform(1e-4, 1e-1)\nwidth: integer(8, 64)\nactivation: choice(relu, gelu)").experiment)
        let first = SweepExpansion.points(five), more = SweepExpansion.points(eight)
        #expect(more.count == 8)
        #expect(more.prefix(5).map { $0.map(\.value) } == first.map { $0.map(\.value) })
        for point in more {
            let values = Dictionary(uniqueKeysWithValues: point.map { ($0.key, $0.value) })
            let lr = try #require(values["lr"]?.number)
            #expect(lr >= 1e-4 && lr <= 1e-1)
            let width = try #require(values["width"]?.number)
            #expect(width >= 8 && width <= 64 && width == width.rounded())
            #expect(["relu", "gelu"].contains(values["activation"]?.description ?? ""))
        }
        let otherSeed = try #require(parseExperiment("id: r\nsweep: random\nsweep_seed: 1\nsamples: 5\nlr: loguniform(1e-4, 1e-1)\nwidth: integer(8, 64)\nactivation: choice(relu, gelu)").experiment)
        #expect(SweepExpansion.points(otherSeed).map { $0.map(\.value) } != first.map { $0.map(\.value) })
    }

    /// Random sweeps' trial keys depend on these draws: recorded as of 82be0d2, they must not move.
    @Test func randomSamplesAreFixedAcrossVersions() throws {
        let experiment = try #require(parseExperiment("id: r\nsweep: random\nsweep_seed: 5\nsamples: 3\nlr: loguniform(1e-4, 1e-1)\ndropout: uniform(0, 0.5)\nwidth: integer(8, 64)\nactivation: choice(relu, gelu, tanh)\ndepth: [1, 2, 3]").experiment)
        let drawn = SweepExpansion.points(experiment).map { point in
            point.map { key, value -> String in
                if case .double(let d) = value { return "\(key)=\(String(d.bitPattern, radix: 16))" }
                return "\(key)=\(value)"
            }.joined(separator: " ")
        }
        #expect(drawn == [
            "lr=3f93de512dcbb8cb dropout=3fcebac5285c1d8c width=57 activation=gelu depth=3",
            "lr=3f1ff7f6a23447ad dropout=3fdaf9b4eaf0ef9c width=22 activation=relu depth=2",
            "lr=3f92e29fb1a2f4a6 dropout=3fc171824d319d68 width=18 activation=relu depth=2",
        ])
    }

    @Test func seedsMultiplyTrials() {
        #expect(plannedTrials(tinyTeacher).count == 8)
        #expect(Set(plannedTrials(tinyTeacher).map(\.key)).count == 8)
    }
}
