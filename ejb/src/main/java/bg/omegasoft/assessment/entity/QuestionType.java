package bg.omegasoft.assessment.entity;

/** The kinds of question a bank holds; each has its own way of being answered and scored. */
public enum QuestionType {
  SINGLE_CHOICE,
  MULTIPLE_CHOICE,
  TRUE_FALSE,
  NUMERIC,
  SHORT_ANSWER;

  public String messageKey() {
    return "questionType." + name();
  }

  /** Whether the trainee picks among options. */
  public boolean isChoice() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }
}
