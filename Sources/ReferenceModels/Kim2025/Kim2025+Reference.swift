public import GoldenRecords

extension Kim2025 {
    /// The paper's inputs to Eq. (1), read from the golden records (never retyped in code).
    public struct ShellInputs: Sendable {
        /// Mean NCM radius, nm.
        public let meanRadius: Double
        /// g cm⁻³.
        public let amDensity: Double
        /// g cm⁻³.
        public let seDensity: Double

        public init(catalog: GoldenCatalog) throws(InputError) {
            meanRadius = try catalog.number("kim2025.ncm-radius.mean", in: "nm")
            amDensity = try catalog.number("kim2025.density.ncm811", in: "g cm^-3")
            seDensity = try catalog.number("kim2025.density.lpscl", in: "g cm^-3")
        }

        /// Shell thickness in nm for an AM:SE mechanofusion weight ratio given as the AM share in wt%.
        ///
        /// Edge Cases: an AM share that gives no valid ratio (≤ 0, above 100, non-finite) or a
        /// shell that does not fit (see `shellThickness`) throws `ArgumentError`.
        public func thickness(
            amWeightPercent: Double, reading: ShellReading = .outerShell
        ) throws(ArgumentError) -> Double {
            try Kim2025.shellThickness(
                seToAMWeightRatio: seToAMWeightRatio(
                    am: amWeightPercent, se: 100 - amWeightPercent),
                amDensity: amDensity, seDensity: seDensity, meanRadius: meanRadius, reading: reading
            )
        }
    }

    /// The golden ids of Eq. (1) and of the FIB-SEM thicknesses, with the AM:SE ratio record each belongs to.
    public static let shellThicknessIDs: [(id: String, ratioID: String)] = [
        ("kim2025.shell-thickness.eq1-75-25", "kim2025.mechanofusion.am-wt-75-25"),
        ("kim2025.shell-thickness.fib-sem-75-25", "kim2025.mechanofusion.am-wt-75-25"),
        ("kim2025.shell-thickness.eq1-95-5", "kim2025.mechanofusion.am-wt-95-5"),
        ("kim2025.shell-thickness.fib-sem-95-5", "kim2025.mechanofusion.am-wt-95-5"),
    ]

    /// What the reference models compute for Kim 2025 golden ids, from the paper's own inputs.
    ///
    /// Only ids that the models compute from stated inputs appear. The energy densities do not:
    /// they need an average voltage the paper does not state, so a reference value would be the
    /// printed number fed back (see `CellStack.impliedAverageVoltage`).
    public static func referenceResults(
        catalog: GoldenCatalog
    ) throws(InputError) -> [ModelResult] {
        try referenceResults(catalog: catalog, reading: .outerShell)
    }

    /// `referenceResults(catalog:)` with Eq. (1) read as `reading`.
    public static func referenceResults(
        catalog: GoldenCatalog, reading: ShellReading
    ) throws(InputError) -> [ModelResult] {
        let inputs = try ShellInputs(catalog: catalog)
        var results = ResultList()
        for (id, ratioID) in shellThicknessIDs {
            let am = try catalog.number(ratioID, in: "wt%")
            let thickness: Double
            do throws(ArgumentError) {
                thickness = try inputs.thickness(amWeightPercent: am, reading: reading)
            } catch {
                throw loadError(ratioID, error)
            }
            results.number(id, thickness, "nm")
        }
        return results.results
    }

    /// The three components of the 75, 80 or 85 wt% electrodes (§2.3 mass fractions, Fig. 5a densities).
    public static func electrodeComponents(
        catalog: GoldenCatalog, amContent: Int
    ) throws(InputError) -> [Component] {
        [
            Component(
                name: "NCM811",
                massFraction: try catalog.number(
                    "kim2025.electrode-composition.am-wt-\(amContent)", in: "1"),
                density: try catalog.number("kim2025.density.ncm811", in: "g cm^-3")),
            Component(
                name: "LPSCl",
                massFraction: try catalog.number(
                    "kim2025.electrode-composition.se-wt-\(amContent)", in: "1"),
                density: try catalog.number("kim2025.density.lpscl", in: "g cm^-3")),
            Component(
                name: "VGCF",
                massFraction: try catalog.number(
                    "kim2025.electrode-composition.vgcf-wt-\(amContent)", in: "1"),
                density: try catalog.number("kim2025.density.vgcf", in: "g cm^-3")),
        ]
    }

    /// The Model 4, 85 wt% AM, 60 °C cell stack of Fig. 5b, electrode density at 87.7 % of theoretical.
    public static func model4Stack(catalog: GoldenCatalog) throws(InputError) -> CellStack {
        let components = try electrodeComponents(catalog: catalog, amContent: 85)
        let theoretical: Double
        do throws(ArgumentError) { theoretical = try Kim2025.theoreticalDensity(components) } catch {
            throw loadError("kim2025.electrode-composition.am-wt-85", error)
        }
        let rho =
            theoretical
            * (try catalog.number(
                "kim2025.electrode-density.model4-85wt-fraction-of-theoretical", in: "1"))
        return CellStack(
            specificCapacity: try catalog.number(
                "kim2025.capacity.model4-85wt-60c", in: "mAh g^-1"),
            activeMaterialFraction: try catalog.number(
                "kim2025.electrode-composition.am-wt-85", in: "1"),
            compositeLoading: try catalog.number(
                "kim2025.loading.cathode-composite", in: "mg cm^-2"),
            electrodeDensity: rho,
            lithiumThickness: try catalog.number(
                "kim2025.cell-stack.li-thickness-assumed", in: "µm"),
            separatorThickness: try catalog.number(
                "kim2025.cell-stack.separator-thickness-assumed", in: "µm"))
    }
}

extension Kim2025 {
    /// A `InputError` for a golden record the Kim 2025 models refuse (an `ArgumentError`
    /// from a value the models cannot use); its description names the record and the refusal.
    static func loadError(_ id: String, _ error: ArgumentError) -> InputError {
        InputError.golden(
                .unusableRecord, file: "kim2025.json", recordID: id, path: "value",
            message: "rejected by the Kim 2025 models: \(error)")
    }
}
