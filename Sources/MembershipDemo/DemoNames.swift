/// Invented name parts for the demo population. Combined at random they describe nobody real;
/// the lists mix origins, accents, hyphenated and compound surnames so that name normalisation
/// (rule M2) meets realistic input.
enum DemoNames {
    /// Given names usually recorded with a female gender.
    static let female = [
        "Abigail", "Adaeze", "Aiyana", "Alejandra", "Amara", "Ana Lucía", "Anh", "Aroha", "Beatriz", "Bich Ngoc",
        "Camila", "Chiara", "Chloé", "Dalia", "Daniela", "Eleni", "Elif", "Emilia", "Esperanza", "Fatima",
        "Fernanda", "Grace", "Hana", "Ines", "Ingrid", "Isabel", "Jasmine", "Jia", "Joanna", "Kalani",
        "Keiko", "Léa", "Leilani", "Liliana", "Lucía", "Mai", "Maria José", "Mariam", "Marisol", "Maya",
        "Mei", "Nadia", "Naomi", "Noor", "Olivia", "Paloma", "Priya", "Renée", "Rosa", "Sakura",
        "Simone", "Siobhán", "Sofía", "Soo-ah", "Tamar", "Thi Lan", "Valentina", "Yara", "Ximena", "Zoë",
    ]

    /// Given names usually recorded with a male gender.
    static let male = [
        "Aarav", "Adrián", "Ahmed", "Alejandro", "Andrés", "Anton", "Arjun", "Benjamín", "Bo", "Carlos",
        "Chidi", "Chris", "Darius", "Diego", "Dmitri", "Elias", "Emeka", "Esteban", "Farid", "François",
        "Gabriel", "Hamza", "Hiroshi", "Hoang", "Ignacio", "Isaac", "Jae-won", "Jamal", "Javier", "Jesús",
        "João", "José Luis", "Juan Pablo", "Kai", "Kenji", "Kofi", "Liam", "Luca", "Malik", "Mateo",
        "Matías", "Minh", "Mohammed", "Nikhil", "Noah", "Óscar", "Pedro", "Rafael", "Ramón", "Rohan",
        "Santiago", "Sebastián", "Søren", "Tariq", "Tomás", "Tuan", "Wei", "Yusuf", "Zoltán", "Zhi Hao",
    ]

    /// Given names recorded with any gender.
    static let neutral = ["Alex", "Avery", "Jordan", "Kamari", "Noa", "Quinn", "Reese", "Rowan", "Sam", "Sasha"]

    /// Middle names, used for about a third of the people.
    static let middle = ["A.", "Ann", "B.", "Grace", "J.", "James", "Lee", "Marie", "Rose", "T.", "Wei", "Xavier"]

    /// Family names, including hyphenated, compound, particle and accented ones.
    static let last = [
        "Abernathy-Cruz", "Acosta", "Adeyemi", "Alvarado", "Andersen", "Asante", "Bautista", "Becerra", "Bianchi", "Boateng",
        "Cabrera", "Castañeda", "Chakraborty", "Chen", "Cho", "Córdova", "Da Silva", "Del Río", "de la Cruz", "Delgado",
        "Dimitriou", "Đặng", "Echeverría", "Espinoza", "Faleolo", "Fernández", "Fitzgerald", "Fonseca", "García Márquez", "Gómez",
        "Gunawardena", "Haddad", "Halvorsen", "Hernández-López", "Hoang", "Ibarra", "Iwasaki", "Jovanović", "Kahananui", "Kapoor",
        "Kaur", "Kowalczyk", "Kurosawa", "Lam", "Larsson", "Le", "López-Ortiz", "MacAllister", "Mahmoud", "Malhotra",
        "Martínez", "McAllister-Wong", "Mendoza", "Mensah", "Montaño", "Morales", "Müller", "Nakamura", "Nguyễn", "Núñez",
        "O'Connell", "Okafor", "Olsen", "Ortega y Gasset", "Pacheco", "Park", "Patel", "Peña", "Petrović", "Quintero",
        "Ramírez", "Reyes-Villanueva", "Rossi", "Saavedra", "Salazar", "Sánchez", "Santos", "Schröder", "Sepúlveda", "Shapiro",
        "Singh", "Soto", "St. Clair", "Suárez", "Takahashi", "Tanaka", "Thompson-Baker", "Trần", "Uribe", "Valdés",
        "Van der Berg", "Vargas", "Villaseñor", "Vo", "Wójcik", "Yamamoto", "Yilmaz", "Zamora", "Zapata-Ruiz", "Zhang",
    ]

    /// Name suffixes, rarely used.
    static let suffixes = ["Jr.", "Sr.", "II", "III"]

    /// Street names for home addresses.
    static let streets = [
        "Acacia Ave", "Alder St", "Bayview Dr", "Birch Ln", "Camino Real", "Canyon Rd", "Cedar St", "Citrus Ave",
        "Coral Way", "Cypress Ct", "Del Mar Blvd", "El Camino Dr", "Eucalyptus St", "Foothill Blvd", "Harbor Blvd",
        "Hillcrest Rd", "Jacaranda Ln", "Juniper St", "Laurel Ave", "Lemon Grove Dr", "Magnolia Ave", "Manzanita Way",
        "Mesa Verde Dr", "Mission St", "Oak Knoll Rd", "Ocean View Ave", "Olive St", "Orchard Ln", "Palm Ave",
        "Pepper Tree Ln", "Pine St", "Poppy Ct", "Rancho Vista Dr", "Redwood Ave", "Sage Brush Rd", "San Miguel St",
        "Sequoia Dr", "Sierra Vista Ave", "Sunset Blvd", "Sycamore St", "Valencia St", "Vista del Sol", "Walnut Ave",
        "Willow Creek Rd",
    ]

    /// First words of employer names.
    static let employerWords = [
        "Bayside", "Bright Path", "Canyon", "Coastal", "Desert Bloom", "Golden Hills", "Harbor", "Iron Oak", "Lantern",
        "Mesa", "Mission", "Northstar", "Pacific Crest", "Redwood", "Sierra", "Silver Lake", "Sunrise", "Tidewater",
        "Valley Oak", "Westwind",
    ]

    /// Lines of business of employer names.
    static let employerTrades = [
        "Dental Associates", "Landscaping", "Bakery", "Veterinary Clinic", "Architects", "Family Pharmacy",
        "Auto Repair", "Physical Therapy", "Accounting Group", "Coffee Roasters", "Printing", "Learning Center",
        "Plumbing & Heating", "Design Studio", "Home Health", "Brewing Company", "Optometry", "Construction",
        "Software", "Realty",
    ]

    /// Legal-form suffixes of employer names.
    static let employerForms = ["LLC", "Inc.", "Co.", "LLP", "PC", "Corp."]
}
