// swift-tools-version:6.0
import PackageDescription

// One package, no dependencies: the Swift toolchain only.
let package = Package(
    name: "itudraft",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "itudraft", targets: ["itudraft"]),
        .executable(name: "itudraft-bench", targets: ["itudraft-bench"]),
    ],
    targets: [
        .target(name: "DraftSyntax"),
        .target(name: "DraftAnalysis", dependencies: ["DraftSyntax"], exclude: ["catalog.tsv", "conferences.tsv"]),
        .target(name: "DraftLSP", dependencies: ["DraftSyntax", "DraftAnalysis"]),
        .executableTarget(name: "itudraft", dependencies: ["DraftSyntax", "DraftAnalysis", "DraftLSP"]),
        .executableTarget(name: "itudraft-bench", dependencies: ["DraftSyntax", "DraftAnalysis", "DraftLSP"]),
        // The fuzz target; a replayer of inputs when built without -sanitize=fuzzer (README: Fuzzing).
        .executableTarget(name: "itudraft-fuzz", dependencies: ["DraftSyntax", "DraftAnalysis"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DraftSyntaxTests", dependencies: ["DraftSyntax", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "DraftAnalysisTests", dependencies: ["DraftSyntax", "DraftAnalysis", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "DraftLSPTests", dependencies: ["DraftSyntax", "DraftAnalysis", "DraftLSP", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["itudraft", "itudraft-fuzz", "DraftLSP"]),
    ]
)
