// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "PeerNote",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "PeerNoteKit", targets: ["PeerNoteKit"]),
        .executable(name: "peernote", targets: ["peernote"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
    ],
    targets: [
        // System ICU (word and sentence breaking, case folding, normalization).
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev", "pkg-config"]), .brew(["icu4c"])]
        ),
        // A small C wall around ICU: its header has no ICU types, so Swift modules that
        // import Foundation (which bundles its own ICU) never see both.
        .target(name: "CNoteICU", dependencies: ["CICU"]),
        .target(
            name: "PeerNoteKit",
            dependencies: ["CNoteICU", "Yams"],
            resources: [.copy("Lexicons")]
        ),
        .executableTarget(
            name: "peernote",
            dependencies: ["PeerNoteKit", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                           .product(name: "MCP", package: "swift-sdk")]
        ),
        .testTarget(name: "PeerNoteKitTests", dependencies: ["PeerNoteKit", "Yams"], exclude: ["Golden"]),
        // libFuzzer targets (Scripts/fuzz builds them with -sanitize=fuzzer,address); an ordinary
        // build replays inputs instead.
        .executableTarget(name: "peernote-fuzz", dependencies: ["PeerNoteKit"], path: "Fuzz/PeerNoteFuzz"),
        // Stage timings for Benchmarks/run (not part of the product).
        .executableTarget(name: "peernote-bench", dependencies: ["PeerNoteKit", "CNoteICU"], path: "Benchmarks/PeerNoteBench"),
    ]
)
