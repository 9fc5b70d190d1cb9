package bg.omegasoft.learning.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bg.omegasoft.identity.entity.User;
import bg.omegasoft.learning.entity.Enrolment;
import bg.omegasoft.learning.entity.Lesson;
import bg.omegasoft.learning.entity.Level;
import bg.omegasoft.learning.entity.Product;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.learning.entity.Publication;
import bg.omegasoft.learning.entity.SessionFormat;
import bg.omegasoft.learning.entity.TrainingSession;
import bg.omegasoft.learning.entity.TrainingSession.SessionPlan;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's figures: enrolments by state and the completion rate per programme. */
class DashboardFiguresTest {

  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

  @Test
  void countsByStateAndCompletionPerProgramme() throws ReflectiveOperationException {
    Programme programme =
        Programme.standard(
            new Product("HR", "Омекс Персонал", 2), Level.BEGINNER, "Персонал", "t", NOW);
    ProgrammeVersion version = programme.latest();
    version.describe("Персонал — основи", null, null, BigDecimal.TEN, 70);
    Lesson lesson =
        version.addModule("Назначаване", null, BigDecimal.ONE, null).addLesson("Договор");
    programme.publishDraft(Publication.firstEdition(LocalDate.of(2026, 1, 1)), "t", NOW);
    // ids come from the database; here they only need to be there
    setId(ProgrammeVersion.class, version, 1L);
    setId(Lesson.class, lesson, 1L);
    LocalDate start = LocalDate.now().plusDays(7);
    TrainingSession session =
        new TrainingSession(
            new SessionPlan(
                start,
                start,
                LocalTime.of(9, 0),
                LocalTime.of(17, 0),
                SessionFormat.ONLINE,
                "Онлайн",
                2),
            version,
            person("trainer"));

    Enrolment done = Enrolment.into(session, person("a"), "a", NOW);
    Enrolment.into(session, person("b"), "b", NOW);
    Enrolment waiting = Enrolment.into(session, person("c"), "c", NOW);
    Enrolment gone = Enrolment.into(session, person("d"), "d", NOW);
    gone.cancel("d", NOW);
    done.completeLesson(lesson, NOW);

    Dashboard dashboard =
        LearningDashboards.figures(List.of(session), List.of(done, waiting, gone));

    assertEquals(1, dashboard.getCompleted());
    assertEquals(0, dashboard.getConfirmed());
    assertEquals(1, dashboard.getWaitlisted());
    assertEquals(1, dashboard.getCancelled());
    assertEquals(100, dashboard.getCompletionPercent());
    assertEquals(1, dashboard.getProgrammes().size());
    assertEquals(100, dashboard.getProgrammes().get(0).getCompletionPercent());
  }

  private static User person(String name) {
    return new User(name, name, null, "hash", NOW);
  }

  private static void setId(Class<?> type, Object entity, long value)
      throws ReflectiveOperationException {
    var id = type.getDeclaredField("id");
    id.setAccessible(true);
    id.set(entity, value);
  }
}
