package bg.omegasoft.assessment.entity;

/** How hard a question is, as its author judges it; blueprints draw by difficulty. */
public enum Difficulty {
  EASY,
  MEDIUM,
  HARD;

  public String messageKey() {
    return "difficulty." + name();
  }
}
