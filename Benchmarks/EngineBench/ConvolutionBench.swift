import Engine
import Foundation

// Training speed of the convolutional models (Adam, batch 128, one BLAS thread) on Fashion-MNIST,
// side by side with PyTorch on one thread in the same run (Benchmarks/torch_cnn.py):
// the small CNN (conv 3×3 32 → max pool 2 → conv 3×3 64 → max pool 2 → linear, ReLU) and the
// ResNet of width 16 with three stages of one basic block each.

/// labbook's steps/s for `model`, then PyTorch's, alternating `rounds` times so both see the
/// same load; the ratio is of the medians. Steps per CPU second of the timed steps are printed
/// too: on a machine shared with other work they vary far less than steps per wall second.
func convolutionBenchmark(dataset: Dataset, seconds: Double, torchPython: String?, rounds: Int = 3) throws {
    var config = TrialConfig()
    config.dataset = "fashion-mnist"
    config.optimizer = .adam
    config.lr = 1e-3
    config.batch = 128
    let models: [(name: String, model: ModelKind, width: Int, depth: Int)] = [
        ("cnn 32-64", .cnn, 32, 2), ("resnet w16 3×1", .resnet, 16, 1),
    ]
    print(column("model", 16) + column("labbook steps/s", 17) + column("PyTorch steps/s", 17) + column("labbook/PyTorch", 17)
          + column("per CPU s: labbook", 20) + column("PyTorch", 9) + column("ratio", 7))
    for entry in models {
        config.model = entry.model
        config.width = entry.width
        config.depth = entry.depth
        let probe = try Engine.trainingStepsPerSecond(config, dataset: dataset, warmup: 2, steps: 3)
        let steps = max(10, Int(probe * seconds))
        var ours: [Double] = [], oursCPU: [Double] = [], theirs: [Double] = [], theirsCPU: [Double] = []
        for _ in 0..<rounds {
            let rates = try Engine.trainingStepRates(config, dataset: dataset, warmup: 3, steps: steps)
            ours.append(rates.wall)
            oursCPU.append(rates.cpu)
            if let torchPython, let rate = torchStepsPerSecond(torchPython, model: entry.model.rawValue, steps: steps) {
                theirs.append(rate.wall)
                theirsCPU.append(rate.cpu)
            }
        }
        let labbook = median(ours), labbookCPU = median(oursCPU)
        let torch = theirs.isEmpty ? nil : median(theirs), torchCPU = theirsCPU.isEmpty ? nil : median(theirsCPU)
        let format = { (x: Double?, digits: Int) in x.map { String(format: "%.\(digits)f", $0) } ?? "-" }
        print(column(entry.name, 16) + column(format(labbook, 1), 17) + column(format(torch, 1), 17)
              + column(format(torch.map { labbook / $0 }, 2), 17)
              + column(format(labbookCPU, 1), 20) + column(format(torchCPU, 1), 9) + column(format(torchCPU.map { labbookCPU / $0 }, 2), 7))
    }
    print("(medians of \(rounds) alternating rounds; PyTorch \(torchPython.map { "from \($0)" } ?? "not run: give --torch PYTHON"))")
}

/// Runs Benchmarks/torch_cnn.py with one thread: steps per wall second and per CPU second; nil
/// (and a note) when it fails.
func torchStepsPerSecond(_ python: String, model: String, steps: Int) -> (wall: Double, cpu: Double)? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("torch_cnn.py")
    process.arguments = [script.path, "bench", model, String(steps)]
    var environment = ProcessInfo.processInfo.environment
    environment["OMP_NUM_THREADS"] = "1"
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    do { try process.run() } catch {
        print("note: could not run \(python): \(error)")
        return nil
    }
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        print("note: \(script.lastPathComponent) exited with status \(process.terminationStatus)")
        return nil
    }
    let rates = String(decoding: output, as: UTF8.self).split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    return rates.count == 2 ? (rates[0], rates[1]) : nil
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}
