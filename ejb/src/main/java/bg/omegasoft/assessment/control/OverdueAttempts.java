package bg.omegasoft.assessment.control;

import bg.omegasoft.assessment.entity.Attempt;
import bg.omegasoft.assessment.entity.Attempt.SubmittedBy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Finds and submits attempts past their deadline, each in a transaction of its own. Open to the
 * server's timer (no caller); it only ever closes an attempt whose deadline has passed.
 */
@Stateless
@PermitAll
public class OverdueAttempts {

  @PersistenceContext private EntityManager em;
  @Inject private AttemptClosing closing;

  private final Clock clock = Clock.systemUTC();

  public List<Long> ids() {
    return em.createNamedQuery(Attempt.FIND_OVERDUE_IDS, Long.class)
        .setParameter("now", Instant.now(clock))
        .setMaxResults(500)
        .getResultList();
  }

  /** Submits the attempt if it is still in progress and overdue; anything else is left alone. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean submit(long attemptId) {
    Attempt attempt = em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now(clock);
    return attempt != null
        && attempt.isOverdueAt(now)
        && closing.close(attempt, now, SubmittedBy.SERVER);
  }
}
