package bg.omegasoft.assessment.boundary;

import bg.omegasoft.assessment.entity.Attempt.SubmittedBy;
import bg.omegasoft.assessment.entity.AttemptStatus;
import bg.omegasoft.assessment.entity.QuestionType;
import bg.omegasoft.assessment.entity.TestKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The result of a submitted attempt: score, pass or not (final tests), per topic; and, once the
 * test's window has closed and the test allows it (or for trainers), the review of each answer.
 */
public record ResultView(
    long attemptId,
    long testId,
    String title,
    TestKind kind,
    int number,
    String trainee,
    AttemptStatus status,
    Instant submittedAt,
    SubmittedBy submittedBy,
    BigDecimal points,
    int maxPoints,
    BigDecimal percent,
    Integer passMark,
    Boolean passed,
    List<Topic> topics,
    boolean reviewShown,
    Instant reviewFrom,
    List<ReviewItem> review)
    implements Serializable {

  /** The score on one topic. */
  public record Topic(String topic, BigDecimal points, int maxPoints, BigDecimal percent)
      implements Serializable {}

  /** One question after submission: the answer given, the correct one and the points. */
  public record ReviewItem(
      int position,
      QuestionType type,
      String html,
      Long imageId,
      List<ReviewOption> options,
      String given,
      String expected,
      BigDecimal score,
      String explanation)
      implements Serializable {}

  /** An option after submission: whether it was correct and whether it was chosen. */
  public record ReviewOption(String text, boolean correct, boolean chosen)
      implements Serializable {}

  public boolean isPassedTest() {
    return Boolean.TRUE.equals(passed);
  }
}
