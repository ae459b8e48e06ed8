import Foundation

// The entry points of `MembershipFuzz`: the first argument names the harness, the rest go to libFuzzer.
//
// SwiftPM links an executable target's entry as `<Target>_main`; there is no `main.swift` here, so
// `MembershipFuzz_main` is that entry and hands control to libFuzzer's driver (`LLVMFuzzerRunDriver`).
// `-sanitize=fuzzer` also links libFuzzer's own `main`, which needs `LLVMFuzzerTestOneInput` and calls
// `LLVMFuzzerInitialize` first: both are defined too, so whichever `main` the linker keeps, the harness
// is chosen from the first argument.

/// libFuzzer's driver: parses the flags in `argv`, then calls `callback` with each generated input.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The harness the driver's callback runs, chosen once before fuzzing starts.
nonisolated(unsafe) private var selectedHarness: FuzzHarness?

/// Selects the harness named by `argv[1]` and prepares it, or prints the usage and exits.
private func selectHarness(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) {
    let name = argc > 1 ? argv[1].map { String(cString: $0) } : nil
    guard let name, let harness = FuzzHarness(rawValue: name) else {
        print("usage: MembershipFuzz <harness> [libFuzzer flags and corpus directories]")
        print("harnesses: \(FuzzHarness.allCases.map(\.rawValue).joined(separator: ", "))")
        exit(2)
    }
    harness.prepare()
    selectedHarness = harness
}

@_cdecl("LLVMFuzzerInitialize")
func fuzzerInitialize(_ argc: UnsafeMutablePointer<Int32>,
                      _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    guard selectedHarness == nil, let arguments = argv.pointee else { return 0 }
    selectHarness(argc.pointee, arguments)
    // libFuzzer must not read the harness name as a corpus directory: shift the arguments left over it.
    for index in 1..<Int(argc.pointee) { arguments[index] = arguments[index + 1] }
    argc.pointee -= 1
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    selectedHarness?.run(bytes)
    return 0
}

@_cdecl("MembershipFuzz_main")
func membershipFuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    selectHarness(argc, argv)
    // The driver sees the program name followed by libFuzzer's own arguments (the harness name removed).
    var arguments: [UnsafeMutablePointer<CChar>?] = [argv[0]]
    for index in 2..<Int(max(argc, 2)) { arguments.append(argv[index]) }
    arguments.append(nil)
    var count = Int32(arguments.count - 1)
    return arguments.withUnsafeMutableBufferPointer { buffer in
        var base: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = buffer.baseAddress
        return LLVMFuzzerRunDriver(&count, &base, fuzzerTestOneInput)
    }
}
