/// Where the demo places groups and families, and the plans it offers. The demo's reference data is
/// exactly the files in `Reference/`; a test checks every ZIP and plan here against them.
enum DemoGeography {
    /// Every county the demo uses, each with served ZIPs only.
    static let counties: [DemoCounty] = [
        DemoCounty(name: "Los Angeles", places: [
            ("90004", "Los Angeles"), ("90012", "Los Angeles"), ("90026", "Los Angeles"), ("90034", "Los Angeles"),
            ("90042", "Los Angeles"), ("90045", "Los Angeles"), ("90064", "Los Angeles"), ("90066", "Los Angeles"),
            ("90201", "Bell Gardens"), ("90210", "Beverly Hills"),
        ]),
        DemoCounty(name: "Orange", places: [
            ("92801", "Anaheim"), ("92805", "Anaheim"), ("92701", "Santa Ana"), ("92704", "Santa Ana"), ("92602", "Irvine"),
            ("92618", "Irvine"), ("92626", "Costa Mesa"), ("92647", "Huntington Beach"), ("92660", "Newport Beach"),
            ("92831", "Fullerton"),
        ]),
        DemoCounty(name: "San Diego", places: [
            ("92101", "San Diego"), ("92103", "San Diego"), ("92104", "San Diego"), ("92107", "San Diego"),
            ("92117", "San Diego"), ("92122", "San Diego"), ("91910", "Chula Vista"), ("91911", "Chula Vista"),
            ("92008", "Carlsbad"), ("92024", "Encinitas"), ("92020", "El Cajon"), ("92026", "Escondido"),
        ]),
        DemoCounty(name: "Riverside", places: [
            ("92501", "Riverside"), ("92503", "Riverside"), ("92507", "Riverside"), ("92530", "Lake Elsinore"),
            ("92562", "Murrieta"), ("92590", "Temecula"), ("92882", "Corona"), ("92262", "Palm Springs"), ("92201", "Indio"),
        ]),
        DemoCounty(name: "San Bernardino", places: [
            ("92401", "San Bernardino"), ("92404", "San Bernardino"), ("92335", "Fontana"), ("92336", "Fontana"),
            ("92373", "Redlands"), ("92376", "Rialto"), ("91701", "Rancho Cucamonga"), ("91730", "Rancho Cucamonga"),
            ("91761", "Ontario"), ("91786", "Upland"),
        ]),
        DemoCounty(name: "Kern", places: [
            ("93301", "Bakersfield"), ("93304", "Bakersfield"), ("93306", "Bakersfield"), ("93309", "Bakersfield"),
            ("93312", "Bakersfield"), ("93215", "Delano"), ("93263", "Shafter"), ("93561", "Tehachapi"),
        ]),
        DemoCounty(name: "Ventura", places: [
            ("93001", "Ventura"), ("93003", "Ventura"), ("93010", "Camarillo"), ("93030", "Oxnard"), ("93036", "Oxnard"),
            ("93060", "Santa Paula"), ("93065", "Simi Valley"), ("91320", "Newbury Park"), ("91360", "Thousand Oaks"),
        ]),
        DemoCounty(name: "Alameda", places: [
            ("94501", "Alameda"), ("94536", "Fremont"), ("94541", "Hayward"), ("94550", "Livermore"), ("94566", "Pleasanton"),
            ("94577", "San Leandro"), ("94601", "Oakland"), ("94610", "Oakland"), ("94703", "Berkeley"), ("94705", "Berkeley"),
        ]),
        DemoCounty(name: "San Francisco", places: [
            ("94102", "San Francisco"), ("94103", "San Francisco"), ("94107", "San Francisco"), ("94110", "San Francisco"),
            ("94114", "San Francisco"), ("94117", "San Francisco"), ("94118", "San Francisco"), ("94122", "San Francisco"),
            ("94131", "San Francisco"), ("94134", "San Francisco"),
        ]),
        DemoCounty(name: "Sacramento", places: [
            ("95811", "Sacramento"), ("95814", "Sacramento"), ("95816", "Sacramento"), ("95818", "Sacramento"),
            ("95822", "Sacramento"), ("95825", "Sacramento"), ("95608", "Carmichael"), ("95610", "Citrus Heights"),
            ("95624", "Elk Grove"), ("95630", "Folsom"), ("95670", "Rancho Cordova"),
        ]),
    ]

    /// The plans in `Reference/plans.csv`: id, marketing name, network and metal.
    static let plans: [(id: String, name: String, ppo: Bool, metal: Int)] = [
        ("P90-HMO", "Platinum 90 HMO (illustrative)", false, 4),
        ("G80-HMO", "Gold 80 HMO (illustrative)", false, 3),
        ("S70-HMO", "Silver 70 HMO (illustrative)", false, 2),
        ("B60-HMO", "Bronze 60 HMO (illustrative)", false, 1),
        ("G80-PPO", "Gold 80 PPO (illustrative)", true, 3),
    ]
}
