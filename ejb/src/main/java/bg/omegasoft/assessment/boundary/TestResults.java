package bg.omegasoft.assessment.boundary;

import bg.omegasoft.assessment.control.AttemptViews;
import bg.omegasoft.assessment.control.ItemStatistics;
import bg.omegasoft.assessment.control.QuestionHtml;
import bg.omegasoft.assessment.entity.Attempt;
import bg.omegasoft.assessment.entity.Question;
import bg.omegasoft.assessment.entity.TestDefinition;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Results for the vendor's people and the client administrators: the attempts at a test (a client
 * administrator sees only their own company's staff), one attempt's result (trainers also see the
 * answers), and the item statistics of a test for TRAINERs.
 */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN, Roles.CLIENT_ADMIN})
public class TestResults {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;

  /** The tests that have attempts the caller may see. */
  public List<TestDefinition> tests() {
    if (!isClientAdmin()) {
      return em.createNamedQuery(TestDefinition.FIND_ALL, TestDefinition.class).getResultList();
    }
    return em.createQuery(
            "select distinct a.test from Attempt a where a.trainee.clientId = :client",
            TestDefinition.class)
        .setParameter("client", myClient())
        .getResultList();
  }

  /**
   * A test the caller may see results of; for a client administrator only one their own company's
   * staff have taken (as {@link #tests()} lists them): another company's test is answered as one
   * that does not exist, so not even its title shows.
   */
  public TestDefinition test(long testId) {
    TestDefinition test = em.find(TestDefinition.class, testId);
    if (test == null || (isClientAdmin() && !takenByMyStaff(testId))) {
      throw new NotFoundException("Test", testId);
    }
    return test;
  }

  private boolean takenByMyStaff(long testId) {
    return em.createQuery(
                "select count(a) from Attempt a where a.test.id = :testId and a.trainee.clientId ="
                    + " :client",
                Long.class)
            .setParameter("testId", testId)
            .setParameter("client", myClient())
            .getSingleResult()
        > 0;
  }

  /** The attempts at a test, newest first; for a client administrator their own staff's. */
  public List<Attempt> attempts(long testId) {
    test(testId);
    List<Attempt> all =
        em.createNamedQuery(Attempt.FIND_BY_TEST, Attempt.class)
            .setParameter("testId", testId)
            .getResultList();
    if (!isClientAdmin()) {
      return all;
    }
    Long client = myClient();
    return all.stream().filter(a -> Objects.equals(a.getTrainee().getClientId(), client)).toList();
  }

  /** One attempt's result; trainers and administrators see the answers too. */
  public ResultView result(long attemptId) {
    Attempt attempt = em.find(Attempt.class, attemptId);
    if (attempt == null
        || !attempt.isSubmitted()
        || (isClientAdmin() && !Objects.equals(attempt.getTrainee().getClientId(), myClient()))) {
      throw new NotFoundException("Attempt", attemptId);
    }
    boolean trainer = session.isCallerInRole(Roles.TRAINER) || session.isCallerInRole(Roles.ADMIN);
    return AttemptViews.result(attempt, trainer);
  }

  /** Facility and discrimination of each question the test's submitted attempts drew. */
  @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
  public List<QuestionStatistic> statistics(long testId) {
    test(testId);
    List<ItemStatistics.AttemptScore> attempts =
        em
            .createQuery(
                "select a.id, a.scorePercent from Attempt a where a.test.id = :testId and a.status"
                    + " = bg.omegasoft.assessment.entity.AttemptStatus.SUBMITTED",
                Object[].class)
            .setParameter("testId", testId)
            .getResultList()
            .stream()
            .map(r -> new ItemStatistics.AttemptScore((Long) r[0], (BigDecimal) r[1]))
            .toList();
    List<ItemStatistics.ItemScore> items =
        em
            .createQuery(
                "select i.attempt.id, i.question.id, i.score from AttemptItem i where"
                    + " i.attempt.test.id = :testId and i.attempt.status ="
                    + " bg.omegasoft.assessment.entity.AttemptStatus.SUBMITTED order by"
                    + " i.question.id",
                Object[].class)
            .setParameter("testId", testId)
            .getResultList()
            .stream()
            .map(r -> new ItemStatistics.ItemScore((Long) r[0], (Long) r[1], (BigDecimal) r[2]))
            .toList();
    return ItemStatistics.of(attempts, items).stream()
        .map(
            s -> {
              Question q = em.find(Question.class, s.questionId());
              return new QuestionStatistic(
                  q.getId(),
                  q.getNumber(),
                  QuestionHtml.plain(q.getText()),
                  q.getBank().getTitle(),
                  q.getType(),
                  q.getDifficulty(),
                  s.attempts(),
                  s.facility(),
                  s.discrimination());
            })
        .toList();
  }

  private boolean isClientAdmin() {
    return session.isCallerInRole(Roles.CLIENT_ADMIN)
        && !session.isCallerInRole(Roles.TRAINER)
        && !session.isCallerInRole(Roles.STAFF)
        && !session.isCallerInRole(Roles.ADMIN);
  }

  private Long myClient() {
    return em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
        .setParameter("username", session.getCallerPrincipal().getName())
        .getResultStream()
        .findFirst()
        .map(User::getClientId)
        .orElse(-1L);
  }
}
