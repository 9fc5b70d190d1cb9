package bg.omegasoft.assessment.boundary;

import bg.omegasoft.assessment.control.AnswerRecorder;
import bg.omegasoft.assessment.control.AttemptClosing;
import bg.omegasoft.assessment.control.AttemptViews;
import bg.omegasoft.assessment.control.Draw;
import bg.omegasoft.assessment.entity.Answer;
import bg.omegasoft.assessment.entity.Attempt;
import bg.omegasoft.assessment.entity.Attempt.SubmittedBy;
import bg.omegasoft.assessment.entity.AttemptStatus;
import bg.omegasoft.assessment.entity.Question;
import bg.omegasoft.assessment.entity.QuestionOption;
import bg.omegasoft.assessment.entity.TestDefinition;
import bg.omegasoft.assessment.entity.TestKind;
import bg.omegasoft.assessment.entity.TestNotAvailableException;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.learning.boundary.MyLearning;
import bg.omegasoft.learning.entity.Enrolment;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.learning.entity.ProgrammeKind;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;

/**
 * A TRAINEE's own attempts. Starting draws the questions and fixes the deadline; a reload resumes
 * the same attempt; each answer is saved as it is given and refused after the deadline (by the
 * server's clock); submission grades once. The attempt row is locked for every change, so a save
 * and a submission (or the server's deadline sweep) never interleave.
 */
@Stateless
@RolesAllowed(Roles.TRAINEE)
public class Attempts {

  private static final Random RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;
  @EJB private MyLearning myLearning;
  @Inject private AttemptClosing closing;
  @Inject private AnswerRecorder recorder;

  private final Clock clock = Clock.systemUTC();

  /** The published tests open to me now, with my attempts at each. */
  public List<AvailableTest> available() {
    User me = me(false);
    List<Enrolment> mine = myLearning.myEnrolments();
    Instant now = now();
    return em
        .createNamedQuery(TestDefinition.FIND_PUBLISHED, TestDefinition.class)
        .getResultList()
        .stream()
        .filter(t -> t.isOpenAt(now) && mayTake(t, me, () -> mine))
        .map(t -> available(t, me))
        .toList();
  }

  private AvailableTest available(TestDefinition test, User me) {
    List<Attempt> attempts =
        em.createQuery(
                "select a from Attempt a where a.test.id = :testId and a.trainee.id = :me",
                Attempt.class)
            .setParameter("testId", test.getId())
            .setParameter("me", me.getId())
            .getResultList();
    Optional<Attempt> best =
        attempts.stream()
            .filter(Attempt::isSubmitted)
            .max(Comparator.comparing(Attempt::getScorePercent));
    return new AvailableTest(
        test.getId(),
        test.getTitle(),
        test.getKind(),
        test.getProgrammeVersion().getTitle(),
        test.getProgrammeVersion().getNumber(),
        test.getQuestionCount(),
        test.getTimeLimitMinutes(),
        test.getMaxAttempts(),
        attempts.size(),
        attempts.stream()
            .filter(a -> !a.isSubmitted())
            .map(Attempt::getId)
            .findFirst()
            .orElse(null),
        test.getAvailableUntil(),
        test.passMark(),
        best.map(Attempt::getScorePercent).orElse(null),
        attempts.stream().anyMatch(Attempt::hasPassed));
  }

  /** My attempts, newest first. */
  public List<Attempt> mine() {
    return em.createNamedQuery(Attempt.FIND_BY_TRAINEE, Attempt.class)
        .setParameter("traineeId", me(false).getId())
        .getResultList();
  }

  /**
   * Starts an attempt, or resumes the one in progress (a reload, a second tab, a lost connection).
   * The caller's account row is locked meanwhile, so two starts at once make one attempt.
   */
  public AttemptView start(long testId) {
    User me = me(true);
    TestDefinition test =
        em.createQuery("select t from TestDefinition t where t.id = :id", TestDefinition.class)
            .setParameter("id", testId)
            .setHint(QueryHints.FETCH, "t.programmeVersion.programme.product")
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Test", testId));
    Instant now = now();
    if (!mayTake(test, me, myLearning::myEnrolments)) {
      throw new TestNotAvailableException();
    }
    // my attempts at this test so far: (id, status), one query for both the count and the resume
    List<Object[]> earlier =
        em.createNamedQuery(Attempt.FIND_IDS_OF, Object[].class)
            .setParameter("testId", testId)
            .setParameter("traineeId", me.getId())
            .getResultList();
    Optional<Long> active =
        earlier.stream()
            .filter(row -> row[1] == AttemptStatus.IN_PROGRESS)
            .map(row -> (Long) row[0])
            .findFirst();
    if (active.isPresent()) {
      Attempt running = em.find(Attempt.class, active.get(), LockModeType.PESSIMISTIC_WRITE);
      if (!running.isOverdueAt(now)) {
        return AttemptViews.running(running, now);
      }
      closing.close(running, now, SubmittedBy.SERVER);
    }
    long used = earlier.size();
    List<Long> ids = Draw.questions(Tests.drawLines(em, test), RANDOM);
    Map<Long, Question> loaded =
        em
            .createQuery("select q from Question q where q.id in :ids", Question.class)
            .setParameter("ids", ids)
            .setHint(QueryHints.FETCH, "q.bank.topic.product")
            .setHint(QueryHints.BATCH, "q.options")
            .setHint(QueryHints.BATCH_TYPE, "IN")
            .getResultList()
            .stream()
            .collect(Collectors.toMap(Question::getId, q -> q));
    List<Question> drawn = ids.stream().map(loaded::get).toList();
    Attempt attempt =
        Attempt.start(
            test,
            me,
            (int) used + 1,
            now,
            drawn,
            q ->
                Draw.optionOrder(
                    q.getOptions().stream().map(QuestionOption::getId).toList(),
                    test.isShuffleOptions() && q.getType().isChoice(),
                    RANDOM));
    em.persist(attempt);
    em.flush();
    audit.record(
        "ATTEMPT_STARTED",
        "Attempt",
        attempt.getId(),
        test.getTitle() + " #" + attempt.getNumber() + " deadline " + attempt.getDeadline());
    return AttemptViews.running(attempt, now);
  }

  /** My attempt as it stands; one whose deadline has passed is submitted now by the server. */
  public AttemptView view(long attemptId) {
    Attempt attempt = mine(attemptId);
    Instant now = now();
    if (attempt.isOverdueAt(now)) {
      closing.close(attempt, now, SubmittedBy.SERVER);
    }
    return AttemptViews.running(attempt, now);
  }

  /**
   * Saves one answer. Refused after the deadline or once submitted (the answers before stay), for a
   * question or option that is not this attempt's, and when {@code seenRevision} is given and the
   * answer has changed since (another tab). The same answer twice changes nothing.
   */
  public SavedAnswer answer(long attemptId, long itemId, Answer answer, Integer seenRevision) {
    return recorder.save(attemptId, callerName(), itemId, answer, seenRevision, now());
  }

  /** Submits and grades my attempt; submitting again answers the same result. */
  public ResultView submit(long attemptId) {
    Attempt attempt = mine(attemptId);
    Instant now = now();
    closing.close(
        attempt, now, attempt.isOverdueAt(now) ? SubmittedBy.SERVER : SubmittedBy.TRAINEE);
    return result(attempt, now);
  }

  /** The result of my submitted attempt (an overdue one is submitted first). */
  public ResultView result(long attemptId) {
    Attempt attempt = mine(attemptId);
    Instant now = now();
    if (attempt.isOverdueAt(now)) {
      closing.close(attempt, now, SubmittedBy.SERVER);
    }
    if (!attempt.isSubmitted()) {
      throw new NotFoundException("Result", attemptId);
    }
    return result(attempt, now);
  }

  private static ResultView result(Attempt attempt, Instant now) {
    return AttemptViews.result(attempt, attempt.getTest().isReviewOpenAt(now));
  }

  /** One of my attempts, its row locked for the rest of the transaction. */
  private Attempt mine(long attemptId) {
    Attempt attempt = em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
    if (attempt == null || !attempt.getTrainee().getUsername().equals(callerName())) {
      throw new NotFoundException("Attempt", attemptId);
    }
    return attempt;
  }

  /**
   * Who may take a test: of a session, those with a seat in it; a final test of a version, those
   * with a seat in a session of that version; an entry test of an individual programme, the
   * client's staff; an entry test of a standard programme, every trainee.
   */
  static boolean mayTake(TestDefinition test, User me, Supplier<List<Enrolment>> enrolments) {
    Programme programme = test.getProgrammeVersion().getProgramme();
    if (test.getSession() == null
        && test.getKind() == TestKind.ENTRY
        && programme.getKind() == ProgrammeKind.STANDARD) {
      return true;
    }
    List<Enrolment> mine = enrolments.get();
    if (test.getSession() != null) {
      return mine.stream()
          .anyMatch(
              e ->
                  e.isHoldingSeat()
                      && Objects.equals(e.getSession().getId(), test.getSession().getId()));
    }
    boolean seatInVersion =
        mine.stream()
            .anyMatch(
                e ->
                    e.isHoldingSeat()
                        && Objects.equals(
                            e.getProgrammeVersion().getId(), test.getProgrammeVersion().getId()));
    if (test.getKind() == TestKind.FINAL) {
      return seatInVersion;
    }
    return seatInVersion
        || (me.getClientId() != null && me.getClientId().equals(programme.getClient().getId()));
  }

  private User me(boolean locked) {
    var query =
        em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
            .setParameter("username", callerName());
    if (locked) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("User", callerName()));
  }

  private String callerName() {
    return session.getCallerPrincipal().getName();
  }

  private Instant now() {
    return Instant.now(clock);
  }
}
