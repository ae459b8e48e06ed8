// DO NOT EDIT.
// Written by Scripts/generate-protos.sh; Scripts/check-protos.sh compares it with Protos/.

/// Identifies the `.proto` files and the generator that produced the code in this folder, so a
/// stale or hand-edited generated file is caught before the build (`Scripts/check-protos.sh`).
public enum EventContractFingerprint {
    /// SHA-256 over the `sha256sum` lines of every `.proto` file under `Protos/`, sorted by path.
    public static let protoSHA256 = "c7e1ab6cc4f4f6a53324848d6b184305a752cefb17fe67e1579f90f6ec1dc4ce"
    /// SHA-256 over the `sha256sum` lines of every generated `.pb.swift` file in this folder.
    public static let generatedSHA256 = "b2e17148a55df3ab61e3fc768c71baa3c13f27d27a18ce91d9461f9f4712199a"
    /// The swift-protobuf version whose `protoc-gen-swift` generated this folder.
    public static let swiftProtobufVersion = "1.39.0"
}
