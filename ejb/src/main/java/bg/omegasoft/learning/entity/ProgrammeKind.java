package bg.omegasoft.learning.entity;

/**
 * A standard programme is published in the catalogue; an individual one is built for one client.
 */
public enum ProgrammeKind {
  STANDARD,
  INDIVIDUAL;

  public String messageKey() {
    return "programmeKind." + name();
  }
}
