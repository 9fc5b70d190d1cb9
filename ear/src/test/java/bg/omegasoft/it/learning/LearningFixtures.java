package bg.omegasoft.it.learning;

import bg.omegasoft.identity.boundary.Users;
import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.it.support.AsAdmin;
import bg.omegasoft.it.support.AsTrainer;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.UUID;

/**
 * Test data made through the boundaries with real roles: a published standard programme, an online
 * session of it, trainees with their own accounts. Each call commits on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LearningFixtures {

  @EJB AsTrainer asTrainer;
  @EJB AsAdmin asAdmin;
  @EJB Programmes programmes;
  @EJB ProgrammeModules modules;
  @EJB Lessons lessons;
  @EJB Products products;
  @EJB TrainingSessions sessions;
  @EJB Users users;

  /** A standard PAYROLL programme, published as version 1 with two modules of two lessons. */
  public Programme publishedProgramme(String title) {
    return asTrainer.call(
        () -> {
          Product payroll =
              products.all().stream()
                  .filter(p -> p.getCode().equals("PAYROLL"))
                  .findFirst()
                  .orElseThrow();
          Programme programme = programmes.createStandard(payroll.getId(), Level.BEGINNER, title);
          long draft = programme.latest().getId();
          programmes.describe(draft, title, "Описание", "Резултати", new BigDecimal("250.00"), 70);
          for (String module : new String[] {"Настройки", "Месечна заплата"}) {
            ProgrammeModule added =
                modules.addModule(draft, module, null, new BigDecimal("4"), null);
            lessons.addLesson(added.getId(), module + ": урок 1");
            lessons.addLesson(added.getId(), module + ": урок 2");
          }
          programmes.publish(programme.getId(), Publication.firstEdition(LocalDate.of(2026, 1, 1)));
          return programmes.find(programme.getId());
        });
  }

  /** An online session of the programme's version in force, in two weeks. */
  public TrainingSession onlineSession(Programme programme, int capacity) {
    return asTrainer.call(
        () -> {
          long trainerId = sessions.trainers().get(0).getId();
          LocalDate start = LocalDate.now().plusDays(14);
          return sessions.schedule(
              programmes.find(programme.getId()).current().orElseThrow().getId(),
              new SessionPlan(
                  start,
                  start.plusDays(1),
                  LocalTime.of(9, 30),
                  LocalTime.of(17, 0),
                  SessionFormat.ONLINE,
                  "Онлайн (тест)",
                  capacity),
              trainerId);
        });
  }

  /** A new trainee, optionally of a client company. */
  public User trainee(Long clientId) {
    String name = "lt-" + UUID.randomUUID().toString().substring(0, 8);
    return asAdmin.call(
        () ->
            users.create(
                name,
                "Обучаем " + name,
                null,
                clientId,
                EnumSet.of(Role.TRAINEE),
                "Correct-Horse-42"));
  }

  public static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 6);
  }
}
