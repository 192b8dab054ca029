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
        // Release builds skip the run-time exclusivity checks (debug builds, which the tests and
        // the fuzzer use, keep them): they cost ~5% of the interpreter's instructions.
        .target(name: "CfyCore", path: "Sources/CfyCore",
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
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
        // Test-only and benchmark code, kept out of the product: the repr self-check
        // (scripts/repr-parity, the unit tests) and the MD5 floor (scripts/bench).
        .target(name: "CfyDev", dependencies: ["CfyCore"], path: "Sources/CfyDev"),
        .executableTarget(name: "cfy-dev", dependencies: ["CfyDev", "CfyCore"], path: "Sources/cfy-dev"),
        .testTarget(name: "CfyCoreTests", dependencies: ["CfyCore", "CfyDev"], path: "Tests/CfyCoreTests", exclude: ["Golden"]),
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
