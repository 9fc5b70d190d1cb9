package bg.omegasoft.assessment.boundary;

import bg.omegasoft.assessment.control.Draw;
import bg.omegasoft.assessment.entity.BlueprintLine;
import bg.omegasoft.assessment.entity.Difficulty;
import bg.omegasoft.assessment.entity.Question;
import bg.omegasoft.assessment.entity.TestDefinition;
import bg.omegasoft.assessment.entity.TestKind;
import bg.omegasoft.assessment.entity.TestSettings;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.learning.boundary.Programmes;
import bg.omegasoft.learning.boundary.TrainingSessions;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.learning.entity.TrainingSession;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Entry and final tests, set up by TRAINERs for a programme version or one session: settings, the
 * blueprint of questions per bank and difficulty, publishing (checked against the banks) and
 * withdrawing.
 */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class Tests {

  static final String SUBJECT = "Test";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;
  @EJB private Programmes programmes;
  @EJB private TrainingSessions sessions;
  @EJB private QuestionBanks banks;

  private final Clock clock = Clock.systemUTC();

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public List<TestDefinition> all() {
    return em.createNamedQuery(TestDefinition.FIND_ALL, TestDefinition.class).getResultList();
  }

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public TestDefinition find(long testId) {
    TestDefinition test = em.find(TestDefinition.class, testId);
    if (test == null) {
      throw new NotFoundException(SUBJECT, testId);
    }
    return test;
  }

  /** A new test of a published programme version, or of a session (then of its version). */
  public TestDefinition create(
      TestKind kind, Long versionId, Long sessionId, TestSettings settings) {
    TrainingSession run = sessionId == null ? null : sessions.find(sessionId);
    ProgrammeVersion version =
        run != null
            ? run.getProgrammeVersion()
            : versionId == null ? null : programmes.version(versionId);
    TestDefinition test = new TestDefinition(kind, version, run, settings, me(), now());
    em.persist(test);
    em.flush();
    audit.record("TEST_CREATED", SUBJECT, test.getId(), kind + " " + test.getTitle());
    return test;
  }

  public TestDefinition configure(long testId, TestSettings settings) {
    TestDefinition test = find(testId);
    test.configure(settings);
    audit.record("TEST_CONFIGURED", SUBJECT, testId, test.getTitle());
    return test;
  }

  public BlueprintLine addLine(long testId, long bankId, Difficulty difficulty, int questions) {
    TestDefinition test = find(testId);
    BlueprintLine line = test.addLine(banks.find(bankId), difficulty, questions);
    checkDrawable(test);
    em.flush();
    audit.record(
        "BLUEPRINT_LINE_ADDED",
        SUBJECT,
        testId,
        line.getBank().getTitle() + " " + difficulty + " x" + questions);
    return line;
  }

  public void removeLine(long testId, long lineId) {
    TestDefinition test = find(testId);
    test.removeLine(lineId);
    audit.record("BLUEPRINT_LINE_REMOVED", SUBJECT, testId, "line " + lineId);
  }

  /** Opens the test to trainees, once its banks hold enough questions for the blueprint. */
  public TestDefinition publish(long testId) {
    TestDefinition test = find(testId);
    test.publish();
    checkDrawable(test);
    audit.record("TEST_PUBLISHED", SUBJECT, testId, test.getTitle());
    return test;
  }

  public TestDefinition withdraw(long testId) {
    TestDefinition test = find(testId);
    test.withdraw();
    audit.record("TEST_WITHDRAWN", SUBJECT, testId, test.getTitle());
    return test;
  }

  /** Refuses a blueprint that the banks cannot fill today. */
  private void checkDrawable(TestDefinition test) {
    Draw.questions(drawLines(em, test), new Random(0));
  }

  /** The blueprint with the current questions of each bank, for a draw (one query). */
  static List<Draw.Line> drawLines(EntityManager em, TestDefinition test) {
    List<Long> bankIds =
        test.getBlueprint().stream().map(l -> l.getBank().getId()).distinct().toList();
    Map<Long, List<Draw.Candidate>> byBank = new HashMap<>();
    if (!bankIds.isEmpty()) {
      em.createNamedQuery(Question.FIND_DRAWABLE, Object[].class)
          .setParameter("bankIds", bankIds)
          .getResultList()
          .forEach(
              row ->
                  byBank
                      .computeIfAbsent((Long) row[0], b -> new ArrayList<>())
                      .add(new Draw.Candidate((Long) row[1], (Difficulty) row[2])));
    }
    return test.getBlueprint().stream()
        .map(
            line ->
                new Draw.Line(
                    line.getBank().getTitle(),
                    line.getDifficulty(),
                    line.getQuestions(),
                    byBank.getOrDefault(line.getBank().getId(), List.of())))
        .toList();
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  private Instant now() {
    return Instant.now(clock);
  }
}
