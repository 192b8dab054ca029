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
        .executableTarget(
            name: "cfy",
            dependencies: [
                "CfyCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/cfy"
        ),
        .testTarget(name: "CfyCoreTests", dependencies: ["CfyCore"], path: "Tests/CfyCoreTests", exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
