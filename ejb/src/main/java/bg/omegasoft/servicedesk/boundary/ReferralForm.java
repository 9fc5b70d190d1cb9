package bg.omegasoft.servicedesk.boundary;

/** "Recommend us": the prospect a client recommends. */
public record ReferralForm(
    String prospectName,
    String prospectCompany,
    String prospectUic,
    String prospectEmail,
    String note) {}
