// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "cfy",
    products: [
        .executable(name: "cfy", targets: ["cfy"]),
        .library(name: "CfyCore", targets: ["CfyCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "CfyCore", path: "Sources/CfyCore"),
        .systemLibrary(name: "CEditLine", path: "Sources/CEditLine"),
        .executableTarget(
            name: "cfy",
            dependencies: [
                "CfyCore",
                "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/cfy"
        ),
        .testTarget(name: "CfyCoreTests", dependencies: ["CfyCore"], path: "Tests/CfyCoreTests", exclude: ["Golden"]),
        // The REPL's logic (@testable) and the real binary driven under a pseudo-terminal.
        .testTarget(name: "REPLTests", dependencies: ["cfy", "CfyCore"], path: "Tests/REPLTests"),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer target (scripts/fuzz): only with CFY_FUZZ=1, since it links only under
// `-sanitize=fuzzer` (libFuzzer supplies main).
if Context.environment["CFY_FUZZ"] == "1" {
    package.targets.append(.executableTarget(name: "cfy-fuzz", dependencies: ["CfyCore"], path: "Sources/CfyFuzz"))
}

// The benchmark helpers (scripts/bench): the MD5 floor.
package.targets.append(.executableTarget(name: "cfy-bench", dependencies: ["CfyCore"], path: "Sources/CfyBench"))
