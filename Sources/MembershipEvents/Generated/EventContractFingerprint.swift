// DO NOT EDIT.
// Written by Scripts/generate-protos.sh; Scripts/check-protos.sh compares it with Protos/.

/// Identifies the `.proto` files and the generator that produced the code in this folder, so a
/// stale or hand-edited generated file is caught before the build (`Scripts/check-protos.sh`).
public enum EventContractFingerprint {
    /// SHA-256 over the `sha256sum` lines of every `.proto` file under `Protos/`, sorted by path.
    public static let protoSHA256 = "2a15933464c7eeef1c08ca0ffe9da002fbb40515266d310c93e23488e0bf6e45"
    /// SHA-256 over the `sha256sum` lines of every generated `.pb.swift` file in this folder.
    public static let generatedSHA256 = "9b95491a9c64b5c0cde28ef23cd7d78c8958438efc3e5a1f3ba084d27b227286"
    /// The swift-protobuf version whose `protoc-gen-swift` generated this folder.
    public static let swiftProtobufVersion = "1.39.0"
}
