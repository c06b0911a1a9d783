// swift-tools-version: 6.2
import PackageDescription

/// One settings array shared by every target (the swift-subprocess style):
/// Swift 6 language mode is the package default; these add the strictness we want everywhere.
let sharedSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "ASSBReferenceSuite",
    products: [
        .library(name: "GoldenRecords", targets: ["GoldenRecords"]),
        .library(name: "ReferenceModels", targets: ["ReferenceModels"]),
        .executable(name: "validate-model", targets: ["validate-model"]),
        .executable(name: "reproduce-figures", targets: ["reproduce-figures"]),
        .executable(name: "audit-papers", targets: ["audit-papers"]),
    ],
    targets: [
        // Golden records, their loader, units and scoring. Foundation only.
        .target(name: "GoldenRecords", swiftSettings: sharedSettings),
        // Reference implementations of each paper's models, one folder per paper.
        .target(name: "ReferenceModels", dependencies: ["GoldenRecords"], swiftSettings: sharedSettings),
        // The argument scanner, usage errors and exit codes both commands share. No dependencies;
        // not a product, so its public declarations stay inside the package.
        .target(name: "CommandLineSupport", swiftSettings: sharedSettings),
        // The command-line logic, testable through `ValidateModel.run(_:)`; the HTML report draws Figures.
        .target(name: "ValidateModelCLI", dependencies: ["CommandLineSupport", "GoldenRecords", "ReferenceModels", "Figures"], swiftSettings: sharedSettings),
        .executableTarget(name: "validate-model", dependencies: ["ValidateModelCLI"], swiftSettings: sharedSettings),
        // Figure and table reproductions: a hand-written SVG plotter, CSV, and the command.
        .target(name: "Figures", dependencies: ["CommandLineSupport", "GoldenRecords", "ReferenceModels"], swiftSettings: sharedSettings),
        .executableTarget(name: "reproduce-figures", dependencies: ["Figures"], swiftSettings: sharedSettings),
        // Interval audit of the papers' own arithmetic (docs/paper-audit.md), and its command.
        .target(name: "PaperAudit", dependencies: ["CommandLineSupport", "GoldenRecords", "ReferenceModels"], swiftSettings: sharedSettings),
        .executableTarget(name: "audit-papers", dependencies: ["PaperAudit"], swiftSettings: sharedSettings),
        // libFuzzer target over parse + score + reports (scripts/fuzz.sh); a replay tool when built normally.
        .executableTarget(name: "fuzz-validate-model", dependencies: ["ValidateModelCLI", "GoldenRecords"], swiftSettings: sharedSettings),

        .testTarget(name: "CommandLineSupportTests", dependencies: ["CommandLineSupport"], swiftSettings: sharedSettings),
        .testTarget(name: "GoldenRecordsTests", dependencies: ["GoldenRecords"], swiftSettings: sharedSettings),
        .testTarget(name: "ReferenceModelsTests", dependencies: ["ReferenceModels", "GoldenRecords"], swiftSettings: sharedSettings),
        .testTarget(name: "ValidateModelCLITests", dependencies: ["ValidateModelCLI", "GoldenRecords", "validate-model"], swiftSettings: sharedSettings),
        // The libraries as a dependent package sees them: no @testable (README "Use as a Swift library").
        .testTarget(name: "PublicAPITests", dependencies: ["GoldenRecords", "ReferenceModels"], swiftSettings: sharedSettings),
        .testTarget(name: "PaperAuditTests", dependencies: ["PaperAudit", "GoldenRecords", "ReferenceModels"], swiftSettings: sharedSettings),
        .testTarget(name: "FiguresTests", dependencies: ["Figures", "CommandLineSupport", "GoldenRecords", "ReferenceModels"], swiftSettings: sharedSettings),
    ],
    swiftLanguageModes: [.v6]
)
