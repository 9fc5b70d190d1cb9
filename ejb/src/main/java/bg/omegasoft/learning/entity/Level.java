package bg.omegasoft.learning.entity;

/** The two levels of the charter's standard programmes. */
public enum Level {
  BEGINNER,
  ADVANCED;

  public String messageKey() {
    return "level." + name();
  }
}
