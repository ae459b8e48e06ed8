/// What an 834 member loop asks for (INS03, HD01; code list 875), the subset this project reads.
public enum MaintenanceType: String, Sendable, Hashable, CaseIterable {
    /// `001`: change (demographics, address, plan).
    case change = "001"
    /// `021`: addition.
    case addition = "021"
    /// `024`: cancellation or termination.
    case termination = "024"
    /// `025`: reinstatement.
    case reinstatement = "025"
    /// `030`: audit or compare (one line of a full file).
    case audit = "030"
}
