public import Foundation
public import GoldenRecords

extension ValidateModel {
    /// Everything `validate-model` does with an untrusted file's bytes, for the fuzzer and for
    /// determinism tests: parse as a model output, score against `catalog`, render every report
    /// format; also parse the bytes as a golden file. Golden files and model outputs are each
    /// read with the fast path and with the strict reader alone, which must agree (a
    /// disagreement traps, for the fuzzer to report). Returns
    /// the rendered reports (empty when the input is refused, which is the expected outcome for
    /// most fuzz inputs). Must never crash.
    public static func processUntrusted(_ data: Data, catalog: GoldenCatalog) -> [String] {
        let golden = Result { () throws(InputError) in
            try GoldenLoader.load(data: data, fileName: "fuzz.json").map(\.fingerprint)
        }
        let strict = Result { () throws(InputError) in
            try GoldenLoader.loadStrictly(data: data, fileName: "fuzz.json").map(\.fingerprint)
        }
        switch (golden, strict) {
        case let (.success(a), .success(b)) where a == b: break
        case let (.failure(a), .failure(b)) where a.description == b.description: break
        default: preconditionFailure("the golden fast path and the strict reader disagree")
        }
        let direct = Result { () throws(InputError) in
            try ModelOutput.parse(data: data, fileName: "fuzz.json").fingerprint
        }
        let strictOutput = Result { () throws(InputError) in
            try ModelOutput.parse(data: data, fileName: "fuzz.json", readsDirectly: false)
                .fingerprint
        }
        switch (direct, strictOutput) {
        case let (.success(a), .success(b)) where a == b: break
        case let (.failure(a), .failure(b)) where a.description == b.description: break
        default: preconditionFailure("the model-output fast path and the strict reader disagree")
        }
        guard let output = try? ModelOutput.parse(data: data, fileName: "fuzz.json"),
              let report = try? Scorer.score(output, against: catalog) else { return [] }
        let policy = RunVerdict.Policy()
        let context = ReportContext(file: "fuzz.json", modelName: output.modelName, goldenCount: catalog.records.count,
                                    verdict: RunVerdict(report: report, policy: policy), policy: policy)
        // The selection and the other gates too: one paper, and every gate at once.
        if let selected = try? Scorer.score(
            output, against: catalog, selection: Selection(paper: "kim2025", idPattern: "*.eq1-*"))
        {
            _ = RunVerdict(
                report: selected, policy: .init(requireAll: true, minPassFraction: 0.5, allowUnknownIDs: true))
        }
        return Options.Format.allCases.map { $0.renderer.render(report, context) }
    }
}
