public import Foundation

/// The golden files compiled into the build: the records every executable and every package
/// that depends on this one use by default, with no source tree at run time.
///
/// `scripts/embed-golden.py` writes `ShippedGolden+Files.swift` from `Golden/*.json` (the files
/// people edit); `ShippedGoldenFilesTests` and CI check byte for byte that the two agree. A checked-in
/// generated file rather than a SwiftPM resource or build plugin, because both of those need
/// `Golden/` at build time and Linux resources are a folder beside the binary: this way a
/// binary is one relocatable file and a dependent package builds from its checkout alone.
public enum ShippedGolden {
    /// The shipped file names, in name order (`jun2024.json`, …).
    public static var fileNames: [String] { files.map(\.name) }

    /// The exact bytes of the shipped file `name`; `nil` when there is none or it is not UTF-8.
    static func data(of name: String) -> Data? {
        files.first { $0.name == name }?.text.map { Data($0.utf8) }
    }

    /// The names of shipped files that differ from, or are missing in, `directory`, and of
    /// `*.json` files in `directory` that are not shipped: empty when the build is current.
    /// Unreadable files count as different.
    public static func differences(from directory: URL) -> [String] {
        let onDisk = Set(
            ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
                .filter { $0.hasSuffix(".json") })
        var differing: [String] = []
        for (name, text) in files {
            let disk = try? Data(contentsOf: directory.appendingPathComponent(name))
            if disk == nil || disk != text.map({ Data($0.utf8) }) { differing.append(name) }
        }
        differing += onDisk.subtracting(fileNames).sorted()
        return differing
    }
}
