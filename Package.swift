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
        // The system's zlib, not a package: Word drafts are ZIP files of deflated XML.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        // .docx → the text the checker reads (ZIP, XML, numbering, footnotes, track changes).
        .target(name: "DraftWord", dependencies: ["CZlib"]),
        .target(name: "DraftAnalysis", dependencies: ["DraftSyntax", "DraftWord"], exclude: ["catalog.tsv", "conferences.tsv"]),
        .target(name: "DraftLSP", dependencies: ["DraftSyntax", "DraftAnalysis"]),
        .executableTarget(name: "itudraft", dependencies: ["DraftSyntax", "DraftWord", "DraftAnalysis", "DraftLSP"]),
        .executableTarget(name: "itudraft-bench", dependencies: ["DraftSyntax", "DraftAnalysis", "DraftLSP"]),
        // The fuzz target; a replayer of inputs when built without -sanitize=fuzzer (README: Fuzzing).
        .executableTarget(name: "itudraft-fuzz", dependencies: ["DraftSyntax", "DraftWord", "DraftAnalysis", "TestSupport"]),
        .target(name: "TestSupport", dependencies: ["CZlib"], path: "Tests/TestSupport"),
        .testTarget(name: "DraftSyntaxTests", dependencies: ["DraftSyntax", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "DraftAnalysisTests", dependencies: ["DraftSyntax", "DraftAnalysis", "DraftWord", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "DraftLSPTests", dependencies: ["DraftSyntax", "DraftAnalysis", "DraftLSP", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["itudraft", "itudraft-fuzz", "DraftLSP", "TestSupport"]),
    ]
)
