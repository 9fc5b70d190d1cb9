package bg.omegasoft.assessment.control;

import bg.omegasoft.assessment.boundary.SavedAnswer;
import bg.omegasoft.assessment.entity.Answer;
import bg.omegasoft.assessment.entity.AnswerConflictException;
import bg.omegasoft.assessment.entity.Attempt;
import bg.omegasoft.assessment.entity.AttemptItem;
import bg.omegasoft.assessment.entity.AttemptStatus;
import bg.omegasoft.assessment.entity.QuestionKey;
import bg.omegasoft.assessment.entity.QuestionType;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.entity.InstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Saves one answer the lean way, since it is what trainees do most: the attempt row is locked and
 * read (status, deadline, owner), the item locked and read, the answer checked and written, without
 * loading the attempt's whole graph. The rules are the entities' own ({@link Attempt#requireOpen(
 * AttemptStatus, Instant, Instant)}, {@link AttemptItem#changes}, {@link Answer#encodeFor(
 * QuestionKey)}); a drawn question version never changes, so its type and option ids are kept in
 * memory.
 *
 * <p>Two saves of one item at once: the item is read with a lock ({@code for update}), which in
 * InnoDB reads the row as last committed, not as the transaction's snapshot (taken by the first
 * plain read, before this save waited for the lock). A save that waited therefore sees the revision
 * the other one wrote and is refused as a conflict if its answer differs. The write is also
 * conditional on the revision that was read, so the check and the write cannot come apart: exactly
 * one of several saves made against one revision wins.
 */
@ApplicationScoped
public class AnswerRecorder {

  private static final int MAX_KEYS = 50_000;
  private static final InstantConverter INSTANTS = new InstantConverter();

  @PersistenceContext private EntityManager em;

  private final Map<Long, QuestionKey> keys = new ConcurrentHashMap<>();

  /** Saves the answer in the caller's transaction; refusals roll it back. */
  public SavedAnswer save(
      long attemptId,
      String username,
      long itemId,
      Answer answer,
      Integer seenRevision,
      Instant now) {
    List<?> attempt =
        em.createNativeQuery(
                "select a.status, a.deadline, u.username from attempt a join app_user u on u.id ="
                    + " a.trainee_id where a.id = ?1")
            .setParameter(1, attemptId)
            .getResultList();
    if (attempt.isEmpty() || !username.equals(((Object[]) attempt.get(0))[2])) {
      throw new NotFoundException("Attempt", attemptId);
    }
    // the lock on the attempt row orders this save with submissions and other saves
    Object[] locked =
        (Object[])
            em.createNativeQuery("select status, deadline from attempt where id = ?1 for update")
                .setParameter(1, attemptId)
                .getSingleResult();
    Instant deadline = INSTANTS.convertToEntityAttribute((Timestamp) locked[1]);
    Attempt.requireOpen(AttemptStatus.valueOf((String) locked[0]), deadline, now);
    List<?> items =
        em.createNativeQuery(
                "select question_id, answer, revision from attempt_item where id = ?1 and"
                    + " attempt_id = ?2 for update")
            .setParameter(1, itemId)
            .setParameter(2, attemptId)
            .getResultList();
    if (items.isEmpty()) {
      throw new InvalidInputException("item", "attempt.questionUnknown");
    }
    Object[] item = (Object[]) items.get(0);
    String stored = (String) item[1];
    int revision = ((Number) item[2]).intValue();
    String encoded = answer.encodeFor(key(((Number) item[0]).longValue()));
    if (!AttemptItem.changes(stored, revision, encoded, seenRevision)) {
      return new SavedAnswer(itemId, revision, false, deadline);
    }
    int written =
        em.createNativeQuery(
                "update attempt_item set answer = ?1, revision = revision + 1, answered_at = ?2"
                    + " where id = ?3 and revision = ?4")
            .setParameter(1, encoded)
            .setParameter(2, INSTANTS.convertToDatabaseColumn(now))
            .setParameter(3, itemId)
            .setParameter(4, revision)
            .executeUpdate();
    if (written != 1) {
      throw new AnswerConflictException(currentRevision(itemId));
    }
    return new SavedAnswer(itemId, revision + 1, true, deadline);
  }

  /** The revision as last committed (a locking read; a plain one would answer the snapshot's). */
  private int currentRevision(long itemId) {
    return ((Number)
            em.createNativeQuery("select revision from attempt_item where id = ?1 for update")
                .setParameter(1, itemId)
                .getSingleResult())
        .intValue();
  }

  private QuestionKey key(long questionId) {
    QuestionKey key = keys.get(questionId);
    if (key != null) {
      return key;
    }
    String type =
        (String)
            em.createNativeQuery("select type from question where id = ?1")
                .setParameter(1, questionId)
                .getSingleResult();
    List<Long> options =
        em
            .createNativeQuery(
                "select id from question_option where question_id = ?1 order by position")
            .setParameter(1, questionId)
            .getResultList()
            .stream()
            .map(id -> ((Number) id).longValue())
            .toList();
    key = new QuestionKey(QuestionType.valueOf(type), options);
    if (keys.size() > MAX_KEYS) {
      keys.clear();
    }
    keys.put(questionId, key);
    return key;
  }
}
