package bg.omegasoft.pdm.entity;

/** The lawful basis of processing (GDPR Art. 6(1)) recorded with every file. */
public enum LegalBasis {
  CONTRACT,
  LEGAL_OBLIGATION,
  CONSENT,
  LEGITIMATE_INTERESTS,
  VITAL_INTERESTS,
  PUBLIC_TASK;

  public String messageKey() {
    return "pdm.legalBasis." + name();
  }
}
