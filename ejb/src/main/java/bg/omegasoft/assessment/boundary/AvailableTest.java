package bg.omegasoft.assessment.boundary;

import bg.omegasoft.assessment.entity.TestKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A test the trainee may take: its terms, how many attempts are used, and the best result. */
public record AvailableTest(
    long testId,
    String title,
    TestKind kind,
    String programme,
    int versionNumber,
    int questions,
    int timeLimitMinutes,
    int maxAttempts,
    int attemptsUsed,
    Long activeAttemptId,
    Instant availableUntil,
    Integer passMark,
    BigDecimal bestPercent,
    boolean passed)
    implements Serializable {

  public boolean isStartable() {
    return activeAttemptId != null || attemptsUsed < maxAttempts;
  }
}
