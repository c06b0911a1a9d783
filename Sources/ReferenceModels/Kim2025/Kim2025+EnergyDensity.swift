extension Kim2025 {
    /// A half-cell stack as the paper's Fig. 5b counts it: the composite cathode, an SE separator
    /// and a Li metal anode, with their thicknesses (the paper assumes 30 µm for both Li and
    /// separator, refs. [53, 54]).
    public struct CellStack: Sendable, Hashable {
        /// Discharge capacity per gram of active material, mAh g⁻¹.
        public var specificCapacity: Double
        /// Active-material mass fraction of the composite, dimensionless (0.85 for 85 wt%).
        public var activeMaterialFraction: Double
        /// Mass loading of the cathode composite, mg cm⁻².
        public var compositeLoading: Double
        /// Electrode density, g cm⁻³.
        public var electrodeDensity: Double
        /// Li metal thickness, µm.
        public var lithiumThickness: Double
        /// Separator thickness, µm.
        public var separatorThickness: Double

        public init(
            specificCapacity: Double, activeMaterialFraction: Double, compositeLoading: Double,
            electrodeDensity: Double, lithiumThickness: Double, separatorThickness: Double
        ) {
            self.specificCapacity = specificCapacity
            self.activeMaterialFraction = activeMaterialFraction
            self.compositeLoading = compositeLoading
            self.electrodeDensity = electrodeDensity
            self.lithiumThickness = lithiumThickness
            self.separatorThickness = separatorThickness
        }

        /// Areal capacity, mAh cm⁻²: Q · w_AM · loading.
        public var arealCapacity: Double {
            specificCapacity * activeMaterialFraction * compositeLoading / 1000
        }

        /// Cathode thickness, µm: loading / density.
        public var cathodeThickness: Double { compositeLoading / 1000 / electrodeDensity * 1e4 }

        /// Stack thickness, µm: cathode + separator + Li.
        public var stackThickness: Double {
            cathodeThickness + separatorThickness + lithiumThickness
        }

        /// Volumetric energy density of the stack, Wh L⁻¹, for an average discharge voltage in V:
        /// E = Q_areal · V̄ / L_stack.
        ///
        /// The paper does not state V̄. `impliedAverageVoltage(forEnergyDensity:)` inverts this.
        ///
        /// Edge Cases: an input out of domain throws `ArgumentError`: a non-finite or non-positive
        /// electrode density, a non-finite or negative average voltage (0 V gives 0), or a stack
        /// thickness that is not finite and > 0 (a stack of no thickness is not a cell, so it is an
        /// error rather than a +∞ energy density).
        public func volumetricEnergyDensity(averageVoltage: Double) throws(ArgumentError) -> Double {
            let function = "Kim2025.CellStack.volumetricEnergyDensity"
            try ArgumentError.requirePositive(electrodeDensity, "electrodeDensity", in: function)
            try ArgumentError.requireNonNegative(averageVoltage, "averageVoltage", in: function)
            try ArgumentError.requirePositive(stackThickness, "stackThickness", in: function)
            // mAh cm⁻² · V = mWh cm⁻²; divided by µm·1e-4 cm gives mWh cm⁻³ = Wh L⁻¹.
            return arealCapacity * averageVoltage / (stackThickness * 1e-4)
        }

        /// The average discharge voltage, V, that makes `volumetricEnergyDensity` equal `energyDensity`
        /// (Wh L⁻¹). The paper prints the energy density but not the voltage; this is the voltage
        /// its numbers imply.
        public func impliedAverageVoltage(forEnergyDensity energyDensity: Double) -> Double {
            energyDensity * stackThickness * 1e-4 / arealCapacity
        }

        /// The specific capacity, mAh g⁻¹, that a given energy density implies at a given voltage.
        public func impliedSpecificCapacity(
            forEnergyDensity energyDensity: Double, averageVoltage: Double
        ) -> Double {
            energyDensity * stackThickness * 1e-4
                / (averageVoltage * activeMaterialFraction * compositeLoading / 1000)
        }
    }

    /// Areal current density of 1C, mA cm⁻², from the paper's C-rate definition (1C = 200 mA g⁻¹ of
    /// active material), the AM fraction and the composite loading (mg cm⁻²).
    public static func oneCCurrentDensity(
        specificCurrentOfOneC: Double, activeMaterialFraction: Double, compositeLoading: Double
    ) -> Double {
        specificCurrentOfOneC * activeMaterialFraction * compositeLoading / 1000
    }
}
