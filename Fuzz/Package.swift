// swift-tools-version: 6.1
// The libFuzzer harnesses, kept out of the main package so that `swift build` and `swift test` never
// compile them. Sources/ holds symlinks to the main package's modules: the harnesses fuzz the real
// decoding and validation code, built with `-sanitize=fuzzer,address` into `.build-fuzz` (see `make fuzz`).
import PackageDescription

let package = Package(
    name: "membership-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-protobuf", exact: "1.39.0"),
        .package(url: "https://github.com/vapor/sql-kit", exact: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", exact: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", exact: "2.17.0"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(name: "CRdKafka", pkgConfig: "rdkafka", providers: [.apt(["librdkafka-dev"])]),
        .target(name: "Kafka", dependencies: ["CRdKafka", .product(name: "Logging", package: "swift-log")]),
        .target(name: "MembershipEvents", dependencies: [.product(name: "SwiftProtobuf", package: "swift-protobuf")]),
        .target(name: "MembershipDomain"),
        .target(name: "X12"),
        .target(
            name: "MembershipStore",
            dependencies: [
                "MembershipDomain",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "WorkerRuntime",
            dependencies: [
                "Kafka", "MembershipDomain", "MembershipEvents", "MembershipStore",
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .target(
            name: "MembershipWorkers",
            dependencies: [
                "MembershipDomain", "MembershipEvents", "MembershipStore", "WorkerRuntime",
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "MembershipFuzz",
            dependencies: [
                "MembershipDomain", "MembershipEvents", "MembershipStore", "MembershipWorkers", "WorkerRuntime", "X12",
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Harnesses/MembershipFuzz"
        ),
    ],
    swiftLanguageModes: [.v6]
)
