package bg.omegasoft.it.assessment;

import bg.omegasoft.assessment.boundary.QuestionBanks;
import bg.omegasoft.assessment.boundary.Tests;
import bg.omegasoft.assessment.entity.Attempt;
import bg.omegasoft.assessment.entity.Difficulty;
import bg.omegasoft.assessment.entity.QuestionBank;
import bg.omegasoft.assessment.entity.QuestionContent;
import bg.omegasoft.assessment.entity.QuestionContent.Choice;
import bg.omegasoft.assessment.entity.QuestionType;
import bg.omegasoft.assessment.entity.TestDefinition;
import bg.omegasoft.assessment.entity.TestKind;
import bg.omegasoft.assessment.entity.TestSettings;
import bg.omegasoft.certification.entity.Certificate;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.it.support.AsTrainer;
import bg.omegasoft.learning.boundary.Enrolments;
import bg.omegasoft.learning.boundary.Lessons;
import bg.omegasoft.learning.boundary.Products;
import bg.omegasoft.learning.boundary.ProgrammeModules;
import bg.omegasoft.learning.boundary.Programmes;
import bg.omegasoft.learning.boundary.TrainingSessions;
import bg.omegasoft.learning.entity.Level;
import bg.omegasoft.learning.entity.Product;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.learning.entity.ProgrammeModule;
import bg.omegasoft.learning.entity.Publication;
import bg.omegasoft.learning.entity.SessionFormat;
import bg.omegasoft.learning.entity.TrainingSession;
import bg.omegasoft.learning.entity.TrainingSession.SessionPlan;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Test data made through the boundaries with real roles: a published PAYROLL programme with its own
 * topic and a bank of four questions (one of each kind but multiple choice: single choice,
 * true/false, number, short answer), tests of it, a seat for the demo trainee. Each call commits on
 * its own. Also reads the database directly, without the boundaries' side effects.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AssessmentFixtures {

  /** The accepted short answer; no page or API may show it before submission. */
  public static final String SECRET_ANSWER = "Ключ-Омега";

  /** The expected number; no page or API may show it before submission. */
  public static final String SECRET_NUMBER = "4321.25";

  @EJB AsTrainer asTrainer;
  @EJB Programmes programmes;
  @EJB ProgrammeModules modules;
  @EJB Lessons lessons;
  @EJB Products products;
  @EJB TrainingSessions sessions;
  @EJB Enrolments enrolments;
  @EJB QuestionBanks banks;
  @EJB Tests tests;

  @PersistenceContext EntityManager em;

  /** A programme with its own topic and bank. */
  public record Setup(Programme programme, QuestionBank bank) {}

  public Setup programmeWithBank(String title) {
    return asTrainer.call(
        () -> {
          Product payroll =
              products.all().stream()
                  .filter(p -> p.getCode().equals("PAYROLL"))
                  .findFirst()
                  .orElseThrow();
          var topic = products.addTopic(payroll.getId(), "Тема " + title);
          Programme programme = programmes.createStandard(payroll.getId(), Level.BEGINNER, title);
          long draft = programme.latest().getId();
          programmes.describe(draft, title, "Описание", "Резултати", new BigDecimal("200.00"), 75);
          ProgrammeModule module =
              modules.addModule(draft, "Модул", null, new BigDecimal("4"), topic.getId());
          lessons.addLesson(module.getId(), "Урок");
          programmes.publish(programme.getId(), Publication.firstEdition(LocalDate.of(2026, 1, 1)));
          QuestionBank bank = banks.create(topic.getId(), Level.BEGINNER, null);
          banks.add(bank.getId(), single(), null);
          banks.add(bank.getId(), truth(), null);
          banks.add(bank.getId(), number(), null);
          banks.add(bank.getId(), words(), null);
          return new Setup(programmes.find(programme.getId()), bank);
        });
  }

  /** A published test drawing all four questions; {@code until} may close the window early. */
  public TestDefinition test(
      Setup setup, TestKind kind, Long sessionId, int maxAttempts, Instant until) {
    return asTrainer.call(
        () -> {
          TestDefinition test =
              tests.create(
                  kind,
                  setup.programme().current().orElseThrow().getId(),
                  sessionId,
                  new TestSettings(
                      kind + " " + setup.programme().getTitle(),
                      10,
                      maxAttempts,
                      null,
                      until,
                      true,
                      true));
          tests.addLine(test.getId(), setup.bank().getId(), null, 4);
          return tests.publish(test.getId());
        });
  }

  /** An online session of the programme with the demo trainee in it. */
  public TrainingSession sessionWithDemoTrainee(Setup setup) {
    return asTrainer.call(
        () -> {
          LocalDate start = LocalDate.now().plusDays(5);
          TrainingSession session =
              sessions.schedule(
                  setup.programme().current().orElseThrow().getId(),
                  new SessionPlan(
                      start,
                      start,
                      LocalTime.of(9, 0),
                      LocalTime.of(17, 0),
                      SessionFormat.ONLINE,
                      "Онлайн",
                      10),
                  sessions.trainers().get(0).getId());
          enrolments.enrolPerson(session.getId(), demoTrainee().getId());
          return session;
        });
  }

  /** The client administrator of another company than the demo trainee's Деметра Агро. */
  public static final String OTHER_COMPANYS_ADMIN = "assessment-it-other";

  /**
   * Makes {@link #OTHER_COMPANYS_ADMIN}, with the demo password so the sign-in page lets them in
   * (once; later calls find them).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void otherCompanysAdmin() {
    em.createNativeQuery(
            "insert ignore into client (name, uic, email, created_at) values ('Друга Фирма ООД"
                + " (тестове)', '999000024', 'office@other.example', utc_timestamp(3))")
        .executeUpdate();
    em.createNativeQuery(
            "insert ignore into app_user (username, full_name, email, password_hash, locale,"
                + " client_id, password_changed_at, created_at) select ?1, 'Олег Другов',"
                + " 'oleg@other.example', t.password_hash, 'bg', c.id, utc_timestamp(3),"
                + " utc_timestamp(3) from app_user t, client c where t.username = 'trainee' and"
                + " c.uic = '999000024'")
        .setParameter(1, OTHER_COMPANYS_ADMIN)
        .executeUpdate();
    em.createNativeQuery(
            "insert ignore into app_user_role (user_id, role) select id, 'CLIENT_ADMIN' from"
                + " app_user where username = ?1")
        .setParameter(1, OTHER_COMPANYS_ADMIN)
        .executeUpdate();
  }

  /**
   * Stores a picture as it was stored before pictures were checked (issue 12): bytes that are not a
   * picture under a picture's type, straight into the table.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public long uncheckedPicture(String contentType, byte[] data) {
    em.createNativeQuery(
            "insert into question_image (content_type, size_bytes, data) values (?1, ?2, ?3)")
        .setParameter(1, contentType)
        .setParameter(2, data.length)
        .setParameter(3, data)
        .executeUpdate();
    return ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
  }

  /** A number above every picture's id: no picture has it. */
  public long unknownPictureId() {
    Number max =
        (Number) em.createNativeQuery("select max(id) from question_image").getSingleResult();
    return (max == null ? 0 : max.longValue()) + 1000;
  }

  public User demoTrainee() {
    return em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
        .setParameter("username", "trainee")
        .getSingleResult();
  }

  /** The attempt as stored, read without submitting anything. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Attempt stored(long attemptId) {
    Attempt attempt = em.find(Attempt.class, attemptId);
    em.refresh(attempt);
    attempt.getItems().size();
    return attempt;
  }

  public long auditCount(String action, long subjectId) {
    return em.createQuery(
            "select count(e) from AuditEvent e where e.action = :action and e.subjectId = :id",
            Long.class)
        .setParameter("action", action)
        .setParameter("id", String.valueOf(subjectId))
        .getSingleResult();
  }

  public List<Certificate> certificatesOf(long holderId, long programmeId) {
    return em.createQuery(
            "select c from Certificate c where c.holderId = :holder and c.programmeId = :programme order by c.id",
            Certificate.class)
        .setParameter("holder", holderId)
        .setParameter("programme", programmeId)
        .getResultList();
  }

  static QuestionContent single() {
    return new QuestionContent(
        QuestionType.SINGLE_CHOICE,
        Difficulty.EASY,
        "<p>Минималната работна заплата от 01.01.2026 г. е:</p>",
        null,
        null,
        null,
        null,
        List.of(
            new Choice("620,20 €", true),
            new Choice("550,66 €", false),
            new Choice("933,00 €", false)));
  }

  static QuestionContent truth() {
    return new QuestionContent(
        QuestionType.TRUE_FALSE,
        Difficulty.EASY,
        "<p>Данъкът върху заплатите е 10 %.</p>",
        true,
        null,
        null,
        null,
        null);
  }

  static QuestionContent number() {
    return new QuestionContent(
        QuestionType.NUMERIC,
        Difficulty.MEDIUM,
        "<p>Въведете контролното число от урока.</p>",
        null,
        new BigDecimal(SECRET_NUMBER),
        new BigDecimal("0.01"),
        null,
        null);
  }

  static QuestionContent words() {
    return new QuestionContent(
        QuestionType.SHORT_ANSWER,
        Difficulty.MEDIUM,
        "<p>Кодовата дума от урока е?</p>",
        null,
        null,
        null,
        null,
        List.of(new Choice(SECRET_ANSWER, true)));
  }

  public static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 6);
  }
}
