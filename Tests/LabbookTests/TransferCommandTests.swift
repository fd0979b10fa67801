import Foundation
import Testing

/// An upstream sweep on generated data and linear probes that start from each of its trials.
func transferNote(upstreamSteps: Int = 20) -> String {
    """
    ---
    title: Transfer
    date: 2026-01-01
    ---
    ## 2026-01-01

    ```experiment
    id: up
    dataset: teacher
    train_size: 256
    model: mlp
    depth: 1
    width: [8, 16]
    steps: \(upstreamSteps)
    batch: 32
    ```

    ```experiment
    id: probe
    from: up
    lr: [1e-3, 1e-2]
    steps: 10
    batch: 32
    seeds: 2
    ```
    """
}

/// Each record as JSON, without where and when it ran (provenance, wall time).
private func results(in folder: ScratchFolder) throws -> [String: NSDictionary] {
    try records(in: folder).mapValues { data in
        var object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        object["provenance"] = nil
        object["wall_seconds"] = nil
        return NSDictionary(dictionary: object)
    }
}

private func checkpoints(in folder: ScratchFolder) -> Set<String> {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent(".labbook/checkpoints").path)) ?? []
    return Set(names.filter { $0.hasSuffix(".weights") }.map { String($0.dropLast(".weights".count)) })
}

/// Removes the downstream records (those that name an upstream trial); the upstream records stay.
private func removeDownstreamRecords(in folder: ScratchFolder) throws {
    for (name, object) in try results(in: folder) where object["upstream"] != nil {
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("results/\(name.prefix(2))/\(name)"))
    }
}

@Suite(.serialized) struct TransferCommandTests {
    @Test func weightsAreACacheThatRebuildsToTheSameRecords() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/transfer.md", transferNote())
        let first = try LabbookProcess.run(["build", "--root", folder.url.path, "--jobs", "2"])
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        let before = try results(in: folder)
        #expect(before.count == 2 + 8)
        let upstream = Set(before.filter { $0.value["upstream"] == nil }.map { String($0.key.dropLast(5)) })
        #expect(checkpoints(in: folder) == upstream, "weights of the upstream trials only")
        for (_, record) in before where record["upstream"] != nil {
            let link = try #require(record["upstream"] as? [String: Any])
            #expect(upstream.contains(link["key"] as! String))
            #expect((link["metrics"] as? [String: Any])?["test_loss"] != nil, "the upstream metrics a plot may want")
            #expect(((record["inputs"] as! [String: Any])["upstream"] as? String) == link["key"] as? String, "in the key")
        }

        // A fresh clone: no checkpoints. The upstream trials are trained again (once each, though
        // four probes wait on each), checked against their records, and the probes come out the same.
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent(".labbook/checkpoints"))
        try removeDownstreamRecords(in: folder)
        let again = try LabbookProcess.run(["build", "--root", folder.url.path, "--jobs", "2"])
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        #expect(again.stdout.contains("training 8 trials"))
        #expect(try results(in: folder) == before)
        #expect(checkpoints(in: folder) == upstream)
    }

    @Test func aChangedUpstreamIsSaidAndARetrainedOneThatDiffersStopsItsProbes() throws {
        let folder = try ScratchFolder()
        try folder.write("notes/transfer.md", transferNote())
        #expect(try LabbookProcess.run(["build", "--root", folder.url.path, "--jobs", "2"]).status == 0)

        try folder.write("notes/transfer.md", transferNote(upstreamSteps: 30))
        let status = try LabbookProcess.run(["status", "--root", folder.url.path])
        #expect(status.stdout.contains("transfer/probe: 8 trials — 0 done, 0 diverged, 0 failed, 8 missing"), "\(status.stdout)")
        #expect(status.stdout.contains("missing from.width=8 lr=1e-3 seed 0: upstream changed"), "\(status.stdout)")
        try folder.write("notes/transfer.md", transferNote())

        // A committed upstream record the engine no longer reproduces (here: edited by one digit).
        let upstreamName = try #require(try results(in: folder).first { $0.value["upstream"] == nil }?.key)
        let path = "results/\(upstreamName.prefix(2))/\(upstreamName)"
        let text = try #require(folder.read(path))
        let loss = try #require(text.firstMatch(of: /"test_loss" : ([0-9.]+)/)?.1)
        try folder.write(path, text.replacingOccurrences(of: "\"test_loss\" : \(loss)", with: "\"test_loss\" : \(Double(String(loss))! + 1e-6)"))
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent(".labbook/checkpoints"))
        try removeDownstreamRecords(in: folder)
        let build = try LabbookProcess.run(["build", "--root", folder.url.path, "--jobs", "2"])
        #expect(build.status == 1)
        let failures = build.stdout.split(separator: "\n").filter { $0.contains("failed: numerics changed: upstream trial \(upstreamName.dropLast(5))") }
        #expect(failures.count == 4, "\(build.stdout)")
        #expect(build.stdout.split(separator: "\n").filter { $0.contains(": ok ") }.count == 4, "the other upstream's probes run")
        #expect(!checkpoints(in: folder).contains(String(upstreamName.dropLast(5))))
    }
}
