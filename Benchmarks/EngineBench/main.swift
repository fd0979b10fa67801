import CBLAS
import Engine
import Foundation

// Training speed of the benchmark MLP (784-W-W-W-10, ReLU, Adam, batch 128, one BLAS thread) on
// Fashion-MNIST, against the GEMM-only bound of one step measured on this kind of machine
// (/work/shared/bench/README.md): no engine can beat the bound, the ratio says how close we get.
//
// It also times the step's GEMMs alone on this machine at this moment, so the ratio holds under
// whatever load the machine has.
//
// Usage: EngineBench [--seconds S | --steps N] [--widths 64,256,1024,2048] [--conv] [--torch PYTHON]
// (--steps times exactly N steps, for profilers and allocation counts; --conv times the
// convolutional models instead, beside PyTorch when --torch names a Python that has it.)

struct Bound {
    /// steps/s of the step's GEMMs alone, per width, under the default OPENBLAS_CORETYPE (Haswell
    /// kernel here) and with it unset (the machine's own kernel, SkylakeX here).
    static let haswell: [Int: Double] = [64: 3_375, 256: 567, 1024: 56, 2048: 16]
    static let native: [Int: Double] = [64: 6_126, 256: 1_030, 1024: 99, 2048: 27]
}

/// The GEMM-only bound measured here and now: the step's eight sgemm calls (three forward,
/// three weight gradients, two input gradients) with the engine's shapes and flags, nothing else.
func gemmOnlyStepsPerSecond(width: Int, seconds: Double) -> Double {
    let batch = 128
    let sizes = [784, width, width, width, 10]
    func buffer(_ n: Int) -> UnsafeMutablePointer<Float> {
        let p = UnsafeMutablePointer<Float>.allocate(capacity: n)
        for i in 0..<n { p[i] = Float(i % 13) * 0.01 }
        return p
    }
    let activations = sizes.map { buffer(batch * $0) }
    let gradients = sizes.map { buffer(batch * $0) }
    let weights = zip(sizes, sizes.dropFirst()).map { buffer($0 * $1) }
    let weightGradients = zip(sizes, sizes.dropFirst()).map { buffer($0 * $1) }
    func step() {
        for l in 0..<4 {
            let i = Int32(sizes[l]), o = Int32(sizes[l + 1]), b = Int32(batch)
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, b, o, i, 1, activations[l], i, weights[l], i, 0, activations[l + 1], o)
        }
        for l in (0..<4).reversed() {
            let i = Int32(sizes[l]), o = Int32(sizes[l + 1]), b = Int32(batch)
            cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, o, i, b, 1, gradients[l + 1], o, activations[l], i, 1, weightGradients[l], i)
            if l > 0 {
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, b, i, o, 1, gradients[l + 1], o, weights[l], i, 1, gradients[l], i)
            }
        }
    }
    for _ in 0..<3 { step() }
    var steps = 0
    let start = DispatchTime.now().uptimeNanoseconds
    var elapsed = 0.0
    while elapsed < seconds {
        step()
        steps += 1
        elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
    (activations + gradients + weights + weightGradients).forEach { $0.deallocate() }
    return Double(steps) / elapsed
}

var seconds = 3.0
var fixedSteps: Int?
var widths = [64, 256, 1024, 2048]
var convolutional = false
var torchPython: String?
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--seconds": seconds = Double(arguments.next() ?? "") ?? seconds
    case "--widths": widths = (arguments.next() ?? "").split(separator: ",").compactMap { Int($0) }
    case "--steps": fixedSteps = Int(arguments.next() ?? "")
    case "--conv": convolutional = true
    case "--torch": torchPython = arguments.next()
    default:
        FileHandle.standardError.write("usage: EngineBench [--seconds S | --steps N] [--widths 64,256,1024,2048] [--conv] [--torch PYTHON]\n".data(using: .utf8)!)
        exit(2)
    }
}

let environment = ProcessInfo.processInfo.environment
let coreTypeSet = environment["OPENBLAS_CORETYPE"] != nil
let kernel = BLAS.coreName
let bounds = coreTypeSet ? Bound.haswell : Bound.native
print("OpenBLAS kernel: \(kernel) (OPENBLAS_CORETYPE=\(environment["OPENBLAS_CORETYPE"] ?? "unset"), OPENBLAS_L2_SIZE=\(environment["OPENBLAS_L2_SIZE"] ?? "unset"))")
print("README bound: GEMM-only steps/s measured \(coreTypeSet ? "with the default OPENBLAS_CORETYPE (Haswell kernel)" : "with OPENBLAS_CORETYPE unset (an AVX-512 kernel)")")
if !coreTypeSet && !kernel.lowercased().contains("skylake") && !kernel.lowercased().contains("cooperlake") && !kernel.lowercased().contains("sapphire") {
    print("note: the kernel here is \(kernel), not an AVX-512 one; the GEMM-only column is the bound for this CPU")
}

var config = TrialConfig()
config.dataset = "fashion-mnist"
config.model = .mlp
config.depth = 3
config.optimizer = .adam
config.lr = 1e-3
config.batch = 128

let dataset: Dataset
do {
    dataset = try Engine.loadDataset(config)
} catch {
    FileHandle.standardError.write("EngineBench: \(error)\n".data(using: .utf8)!)
    exit(1)
}

func column(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }

if convolutional {
    do {
        try convolutionBenchmark(dataset: dataset, seconds: seconds, torchPython: torchPython)
    } catch {
        FileHandle.standardError.write("EngineBench: \(error)\n".data(using: .utf8)!)
        exit(1)
    }
    exit(0)
}
/// FLOPs of one training step's matrix products: forward, weight gradients, input gradients
/// except the first layer's.
func stepFlops(width: Int) -> Double {
    let sizes = [784, width, width, width, 10]
    let forward = zip(sizes, sizes.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 }
    return 2 * 128 * Double(3 * forward - 784 * width)
}

print(column("width", 5) + column("steps/s", 10) + column("GFLOP/s", 9) + column("README bound", 14) + column("ratio", 7)
      + column("GEMM-only here", 16) + column("ratio", 7))
for width in widths {
    config.width = width
    // A short probe sizes the timed run to about `seconds`.
    let steps: Int
    if let fixedSteps {
        steps = fixedSteps
    } else {
        let probe = try Engine.trainingStepsPerSecond(config, dataset: dataset, warmup: 3, steps: 5)
        steps = max(10, Int(probe * seconds))
    }
    let rate = try Engine.trainingStepsPerSecond(config, dataset: dataset, warmup: 5, steps: steps)
    let bound = bounds[width]
    let ratio = bound.map { String(format: "%.2f", rate / $0) } ?? "-"
    let local = fixedSteps == nil ? gemmOnlyStepsPerSecond(width: width, seconds: seconds / 2) : .nan
    print(column("\(width)", 5) + column(String(format: "%.1f", rate), 10) + column(String(format: "%.1f", rate * stepFlops(width: width) / 1e9), 9)
          + column(bound.map { String(format: "%.0f", $0) } ?? "-", 14)
          + column(ratio, 7) + column(String(format: "%.1f", local), 16) + column(String(format: "%.2f", rate / local), 7))
}
