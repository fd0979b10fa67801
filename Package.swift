// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "labbook",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "labbook", targets: ["labbook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // SHA-256 of trial keys and dataset files.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The HTTP server of `labbook serve`: pure Swift on sockets, no SwiftNIO, so it adds
        // seconds rather than minutes to a clean build.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // System libraries, found through pkg-config.
        .systemLibrary(name: "CCMark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // The one random number generator and the one number formatter, below everything else.
        .target(name: "Numerics"),
        // map across cores, results in order: notes parsed, records read and pages rendered in parallel.
        .target(name: "Parallel"),

        .target(name: "Engine", dependencies: ["Numerics", "CBLAS", "CZlib", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "Notes", dependencies: ["CCMark", "Yams", "Parallel"]),
        // Experiment directives → trials with keys.
        .target(name: "Planning", dependencies: [
            "Notes", "Engine", "Numerics",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The committed results/ records, and where each planned trial stands against them.
        .target(name: "Store", dependencies: ["Planning", "Notes", "Engine", "Parallel", .product(name: "Crypto", package: "swift-crypto")]),
        // Training what is missing: worker processes here, or Slurm arrays.
        .target(name: "Execution", dependencies: ["Planning", "Store", "Notes", "Engine"]),
        .target(name: "Analysis", dependencies: ["Numerics"]),
        // Plots, tables and quoted values: results (Planning, Store) through fits (Analysis) into charts (Site).
        .target(name: "Figures", dependencies: ["Notes", "Engine", "Planning", "Store", "Analysis", "Site", "Numerics"]),
        .target(name: "Site", dependencies: [
            "Notes", "Numerics", "Parallel",
            .product(name: "Mustache", package: "swift-mustache"),
            // The keys of typeset formulas kept in .labbook/math.
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The stages of a build, run by name: load → check → plan → run → analyse → render → write.
        .target(name: "Pipeline", dependencies: [
            "Engine", "Notes", "Planning", "Store", "Execution", "Figures", "Site", "Parallel", "Numerics",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // `labbook serve`: the notebook built in memory, served over HTTP, rebuilt on every save,
        // with live reload (Server-Sent Events) and an error overlay.
        .target(name: "Preview", dependencies: [
            "Pipeline", "Notes", "Site", "Store", "Execution",
            .product(name: "FlyingFox", package: "FlyingFox"),
        ]),
        .executableTarget(name: "labbook", dependencies: [
            "Pipeline", "Preview", "Notes", "Planning", "Store", "Execution", "Engine",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "EngineBench", dependencies: ["Engine", "CBLAS"], path: "Benchmarks/EngineBench"),

        // Counts heap allocations in tests (replaces malloc in the test process; Linux only).
        .target(name: "AllocationCounter", path: "Tests/AllocationCounter"),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "AllocationCounter"]),
        .testTarget(name: "NotesTests", dependencies: ["Notes"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Notes", "Numerics", .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(name: "ExperimentsTests", dependencies: ["Planning", "Store", "Execution", "Notes", "Engine"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Numerics"]),
        .testTarget(name: "NumericsTests", dependencies: ["Numerics"]),
        .testTarget(name: "FiguresTests", dependencies: ["Figures", "Planning", "Store", "Notes", "Site", "Engine"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Notes", "Planning"]),
        .testTarget(name: "LabbookTests", dependencies: ["labbook", "Pipeline", "Preview", "Notes", "Planning", "Store", "Execution", "Engine"],
                    exclude: ["Golden", "Fixtures"]),
    ]
)
