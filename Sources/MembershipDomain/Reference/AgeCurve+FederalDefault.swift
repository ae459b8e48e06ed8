extension AgeCurve {
    /// The federal default age curve for plan years 2018 and later (rule B4, 45 CFR 147.102, CMS).
    ///
    /// Kept in code as well as in `Reference/age-curve.csv` because it is the regulatory default a
    /// group gets when no other curve is configured; a test checks the two agree.
    public static let federalDefault: AgeCurve = {
        let thousandths: [Int: Int64] = [
            0: 765, 15: 833, 16: 859, 17: 885, 18: 913, 19: 941, 20: 970,
            21: 1_000, 22: 1_000, 23: 1_000, 24: 1_000, 25: 1_004, 26: 1_024, 27: 1_048, 28: 1_087,
            29: 1_119, 30: 1_135, 31: 1_159, 32: 1_183, 33: 1_198, 34: 1_214, 35: 1_222, 36: 1_230,
            37: 1_238, 38: 1_246, 39: 1_262, 40: 1_278, 41: 1_302, 42: 1_325, 43: 1_357, 44: 1_397,
            45: 1_444, 46: 1_500, 47: 1_563, 48: 1_635, 49: 1_706, 50: 1_786, 51: 1_865, 52: 1_952,
            53: 2_040, 54: 2_135, 55: 2_230, 56: 2_333, 57: 2_437, 58: 2_548, 59: 2_603, 60: 2_714,
            61: 2_810, 62: 2_873, 63: 2_952, 64: 3_000,
        ]
        var bands: [AgeBand: Factor] = [:]
        for (age, value) in thousandths { bands[AgeBand(age: age)] = Factor(thousandths: value) }
        return AgeCurve(bandFactors: bands)!
    }()
}
