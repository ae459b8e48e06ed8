// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "membership-workers",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "membership", targets: ["MembershipCLI"]),
        .executable(name: "enrollment-worker", targets: ["EnrollmentWorker"]),
        .executable(name: "billing-worker", targets: ["BillingWorker"]),
        .executable(name: "idcard-worker", targets: ["IDCardWorker"]),
        .library(name: "Kafka", targets: ["Kafka"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-protobuf", exact: "1.39.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
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
        .systemLibrary(
            name: "CRdKafka",
            pkgConfig: "rdkafka",
            providers: [.apt(["librdkafka-dev"])]
        ),
        .target(
            name: "Kafka",
            dependencies: [
                "CRdKafka",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "MembershipEvents",
            dependencies: [.product(name: "SwiftProtobuf", package: "swift-protobuf")]
        ),
        .target(name: "MembershipDomain"),
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
        .target(
            name: "MembershipOperations",
            dependencies: [
                "Kafka", "MembershipEvents", "MembershipDomain", "MembershipStore",
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "MembershipLoadTest",
            dependencies: [
                "Kafka", "MembershipDemo", "MembershipDomain", "MembershipEvents", "MembershipOperations", "MembershipStore",
                "MembershipWorkers", "WorkerRuntime",
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "X12"),
        .target(
            name: "X12Enrollment",
            dependencies: [
                "X12", "MembershipEvents",
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "MembershipDemo",
            dependencies: ["MembershipEvents", "MembershipDomain", .product(name: "SwiftProtobuf", package: "swift-protobuf")]
        ),
        .target(
            name: "MembershipTesting",
            dependencies: ["MembershipEvents", .product(name: "SwiftProtobuf", package: "swift-protobuf")]
        ),
        .executableTarget(name: "EnrollmentWorker", dependencies: ["MembershipWorkers", "WorkerRuntime", "MembershipEvents"]),
        .executableTarget(name: "BillingWorker", dependencies: ["MembershipWorkers", "WorkerRuntime", "MembershipEvents"]),
        .executableTarget(name: "IDCardWorker", dependencies: ["MembershipWorkers", "WorkerRuntime", "MembershipEvents"]),
        .executableTarget(
            name: "MembershipCLI",
            dependencies: [
                "Kafka",
                "MembershipEvents",
                "MembershipDomain",
                "MembershipStore",
                "MembershipDemo",
                "MembershipWorkers",
                "WorkerRuntime",
                "MembershipOperations",
                "MembershipLoadTest",
                "X12",
                "X12Enrollment",
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "KafkaTests",
            dependencies: ["Kafka"]
        ),
        .testTarget(
            name: "MembershipEventsTests",
            dependencies: ["MembershipEvents", .product(name: "SwiftProtobuf", package: "swift-protobuf")],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "MembershipWorkersTests",
            dependencies: [
                "MembershipWorkers", "MembershipStore", "MembershipEvents", "MembershipDomain", "WorkerRuntime",
                "MembershipTesting", .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ]
        ),
        .testTarget(
            name: "MembershipDemoTests",
            dependencies: [
                "MembershipDemo", "MembershipEvents", "MembershipDomain",
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "Kafka", "MembershipEvents", "MembershipTesting", .product(name: "SwiftProtobuf", package: "swift-protobuf"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "MembershipOperationsTests",
            dependencies: [
                "MembershipOperations", "MembershipWorkers", "WorkerRuntime", "Kafka", "MembershipEvents", "MembershipStore", "MembershipDomain",
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "MembershipLoadTestTests",
            dependencies: [
                "MembershipLoadTest", "Kafka", "MembershipDemo", "MembershipEvents", "MembershipOperations", "MembershipStore",
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ]
        ),
        .testTarget(
            name: "X12Tests",
            dependencies: [
                "X12", "X12Enrollment", "MembershipEvents", "MembershipStore", "Kafka",
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "WorkerRuntimeTests",
            dependencies: ["WorkerRuntime", "Kafka", "MembershipStore", "MembershipEvents", .product(name: "Logging", package: "swift-log")]
        ),
        .testTarget(
            name: "MembershipStoreTests",
            dependencies: ["MembershipStore", "MembershipDomain"]
        ),
        .testTarget(
            name: "MembershipDomainTests",
            dependencies: ["MembershipDomain", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
