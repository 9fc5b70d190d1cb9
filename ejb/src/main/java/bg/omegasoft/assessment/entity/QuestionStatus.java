package bg.omegasoft.assessment.entity;

/** The version in use, an older version kept for past attempts, or a question taken out. */
public enum QuestionStatus {
  CURRENT,
  SUPERSEDED,
  RETIRED
}
