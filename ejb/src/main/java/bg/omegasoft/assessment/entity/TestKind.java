package bg.omegasoft.assessment.entity;

/** An entry test measures competence per topic (no pass/fail); a final test has a pass mark. */
public enum TestKind {
  ENTRY,
  FINAL;

  public String messageKey() {
    return "testKind." + name();
  }
}
