package bg.omegasoft.assessment.control;

import bg.omegasoft.assessment.boundary.FinalTestPassed;
import bg.omegasoft.assessment.entity.Attempt;
import bg.omegasoft.assessment.entity.Attempt.SubmittedBy;
import bg.omegasoft.shared.boundary.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Submits and grades an attempt whose row the caller holds locked, once; a passed final attempt is
 * announced ({@link FinalTestPassed}) in the same transaction, so its certificate is issued with
 * it.
 */
@ApplicationScoped
public class AttemptClosing {

  public static final String SERVER_ACTOR = "server";

  @EJB private AuditTrail audit;
  @Inject private Event<FinalTestPassed> passed;

  /**
   * @return whether this call submitted it (false: it had been submitted already)
   */
  public boolean close(Attempt attempt, Instant now, SubmittedBy by) {
    if (!attempt.submit(now, by, item -> Grader.score(item.getQuestion(), item.getAnswer()))) {
      return false;
    }
    String detail =
        attempt.getTrainee().getUsername()
            + " "
            + attempt.getScorePercent().toPlainString()
            + "%"
            + (attempt.getPassed() == null ? "" : attempt.hasPassed() ? " passed" : " not passed");
    if (by == SubmittedBy.SERVER) {
      audit.recordAs(
          SERVER_ACTOR, "ATTEMPT_SUBMITTED_AT_DEADLINE", "Attempt", attempt.getId(), detail);
    } else {
      audit.record("ATTEMPT_SUBMITTED", "Attempt", attempt.getId(), detail);
    }
    if (attempt.hasPassed()) {
      passed.fire(
          new FinalTestPassed(
              attempt.getId(),
              attempt.getTrainee(),
              attempt.getTest().getProgrammeVersion(),
              attempt.getScorePercent(),
              attempt.getSubmittedAt()));
    }
    return true;
  }
}
