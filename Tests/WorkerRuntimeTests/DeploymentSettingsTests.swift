import Foundation
import Testing
import WorkerRuntime

/// The operations guide and the deployment files follow the code's one definition of the workers'
/// settings (``WorkerConfiguration/settings``): a setting added to the code without its row in
/// `Docs/OPERATIONS.md`, its line in Compose's `.env.example` or its place in the Kubernetes base fails
/// here. (`make deploy-check` checks the same on the rendered overlays.)
@Suite("Deployment: every worker setting is documented and deployed")
struct DeploymentSettingsTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // WorkerRuntimeTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    static let variables = WorkerConfiguration.settings.map(\.variable)

    @Test("the settings list is the one the deployment files were written for")
    func settingsList() {
        // Not a vacuous pass of the parameterised tests below: the list is read and holds the broker setting.
        #expect(Self.variables.first == "KAFKA_BROKERS")
        #expect(Self.variables.count >= 19)
        #expect(Set(Self.variables).count == Self.variables.count)
    }

    @Test("Docs/OPERATIONS.md has a row for the setting with the code's default", arguments: variables)
    func documented(variable: String) throws {
        let setting = try #require(WorkerConfiguration.settings.first { $0.variable == variable })
        let defaultCell = setting.defaultValue.map { $0.isEmpty ? "(empty)" : "`\($0)`" } ?? "(none)"
        // A Bool first, so a failure names the missing row rather than printing the whole guide.
        let hasRow = try Self.text("Docs/OPERATIONS.md").contains("| `\(variable)` | \(defaultCell) |")
        #expect(hasRow, "Docs/OPERATIONS.md lacks the row | `\(variable)` | \(defaultCell) | ...")
    }

    @Test("Compose's .env.example names the setting", arguments: variables)
    func composeEnvironment(variable: String) throws {
        let named = try Self.text("Deploy/compose/.env.example").range(of: "\\b\(variable)\\b", options: .regularExpression) != nil
        #expect(named, "Deploy/compose/.env.example does not mention \(variable)")
    }

    @Test("the Kubernetes base sets the setting for the workers (ConfigMap, env or Secret)", arguments: variables)
    func kubernetes(variable: String) throws {
        let files = ["kustomization.yaml", "enrollment-worker.yaml", "billing-worker.yaml", "idcard-worker.yaml"]
        let manifests = try files.map { try Self.text("Deploy/kubernetes/base/" + $0) }.joined(separator: "\n")
        let isSet = manifests.contains("- \(variable)=") || manifests.contains("- name: \(variable)\n")
        #expect(isSet, "Deploy/kubernetes/base sets \(variable) neither in the ConfigMap nor in a worker's env")
    }
}
