package bg.omegasoft.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.AsTrainee;
import bg.omegasoft.it.support.AsTrainer;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.learning.boundary.Catalogue;
import bg.omegasoft.learning.boundary.CatalogueEntry;
import bg.omegasoft.learning.boundary.Enrolments;
import bg.omegasoft.learning.boundary.Lessons;
import bg.omegasoft.learning.boundary.MyLearning;
import bg.omegasoft.learning.boundary.Programmes;
import bg.omegasoft.learning.control.VersionComparison;
import bg.omegasoft.learning.entity.AttachmentTooLargeException;
import bg.omegasoft.learning.entity.ChangeReason;
import bg.omegasoft.learning.entity.Enrolment;
import bg.omegasoft.learning.entity.Lesson;
import bg.omegasoft.learning.entity.LessonAttachment;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.learning.entity.Publication;
import bg.omegasoft.learning.entity.TrainingSession;
import bg.omegasoft.learning.entity.VersionNotEditableException;
import bg.omegasoft.learning.entity.VersionStatus;
import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Versions on the real database: a published version refuses edits, a draft becomes version 2 only
 * with a reason, enrolments keep their version and learners on it see why a newer one exists, the
 * catalogue shows the new price with VAT, and oversize attachments are refused unstored.
 */
@ExtendWith(ArquillianExtension.class)
class VersionsIT {

  private static final LocalDate JAN_1_2027 = LocalDate.of(2027, 1, 1);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(VersionsIT.class);
  }

  @EJB LearningFixtures fixtures;
  @EJB Programmes programmes;
  @EJB Lessons lessons;
  @EJB Enrolments enrolments;
  @EJB MyLearning myLearning;
  @EJB Catalogue catalogue;
  @EJB AsTrainer asTrainer;
  @EJB AsTrainee asTrainee;

  @PersistenceContext(unitName = "omex")
  EntityManager em;

  @Test
  void aPublishedVersionIsRefusedEditsAndStaysAsItWas() {
    Programme programme = fixtures.publishedProgramme(LearningFixtures.unique("Неизменна"));
    ProgrammeVersion first = programme.current().orElseThrow();
    long lessonId = first.getModules().get(0).getLessons().get(0).getId();

    VersionNotEditableException refused =
        assertThrows(
            VersionNotEditableException.class,
            () -> asTrainer.call(() -> lessons.editLesson(lessonId, "Ново", "<p>x</p>", null)));
    assertEquals("programme.versionNotEditable", refused.messageKey());
    assertThrows(
        VersionNotEditableException.class,
        () ->
            asTrainer.call(
                () -> programmes.describe(first.getId(), "Ново", null, null, BigDecimal.ONE, 50)));
    Lesson unchanged = asTrainer.call(() -> lessons.lesson(lessonId));
    assertEquals("Настройки: урок 1", unchanged.getTitle());
  }

  @Test
  void versionTwoNeedsAReasonAndEnrolmentsKeepVersionOne() {
    String title = LearningFixtures.unique("МРЗ 2027");
    Programme programme = fixtures.publishedProgramme(title);
    TrainingSession session = fixtures.onlineSession(programme, 5);
    Enrolment enrolment = asTrainee.call(() -> enrolments.enrolMe(session.getId()));

    ProgrammeVersion draft = asTrainer.call(() -> programmes.startDraft(programme.getId()));
    assertEquals(2, draft.getNumber());
    long firstLesson = draft.getModules().get(0).getLessons().get(0).getId();
    asTrainer.call(
        () -> lessons.editLesson(firstLesson, "Минимална заплата", "<p>МРЗ 2027</p>", null));
    asTrainer.call(
        () -> lessons.addLesson(draft.getModules().get(1).getId(), "Преминаване към евро"));
    asTrainer.call(
        () -> programmes.describe(draft.getId(), title, null, null, new BigDecimal("260.00"), 70));

    InvalidInputException noReason =
        assertThrows(
            InvalidInputException.class,
            () ->
                asTrainer.call(
                    () ->
                        programmes.publish(
                            programme.getId(),
                            new Publication(null, null, null, null, null, JAN_1_2027))));
    assertEquals("publication.reasonRequired", noReason.messageKey());
    ProgrammeVersion second =
        asTrainer.call(
            () ->
                programmes.publish(
                    programme.getId(),
                    new Publication(
                        ChangeReason.REGULATION_CHANGE,
                        "ПМС за минималната работна заплата 2027",
                        JAN_1_2027,
                        null,
                        null,
                        JAN_1_2027)));

    Programme after = asTrainer.call(() -> programmes.find(programme.getId()));
    assertEquals(VersionStatus.SUPERSEDED, after.version(1).orElseThrow().getStatus());
    assertEquals(VersionStatus.PUBLISHED, after.version(2).orElseThrow().getStatus());
    assertEquals(ChangeReason.REGULATION_CHANGE, second.getReason());

    Enrolment mine = asTrainee.call(() -> myLearning.enrolment(enrolment.getId()));
    assertEquals(1, mine.getProgrammeVersion().getNumber(), "the enrolment keeps its version");
    ProgrammeVersion newer =
        asTrainee.call(() -> myLearning.newerVersion(enrolment.getId())).orElseThrow();
    assertEquals(2, newer.getNumber());
    assertEquals("ПМС за минималната работна заплата 2027", newer.getReasonReference());

    List<VersionComparison.Change> changes =
        asTrainer.call(
            () ->
                programmes.compare(
                    after.version(1).orElseThrow().getId(),
                    after.version(2).orElseThrow().getId()));
    assertTrue(
        changes.stream()
            .anyMatch(
                c ->
                    c.kind() == VersionComparison.Kind.ADDED
                        && c.title().equals("Преминаване към евро")),
        changes.toString());
    assertTrue(
        changes.stream()
            .anyMatch(
                c ->
                    c.kind() == VersionComparison.Kind.CHANGED
                        && c.title().equals("Минимална заплата")),
        changes.toString());

    CatalogueEntry listed =
        catalogue.entries().stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    assertEquals(2, listed.version());
    assertEquals(new BigDecimal("260.00"), listed.price());
    assertEquals(new BigDecimal("312.00"), listed.priceWithVat());
    assertEquals(1, listed.nextSessions().size());
  }

  @Test
  void anAttachmentOverTheLimitIsRefusedAndNothingIsStored() {
    Programme programme = fixtures.publishedProgramme(LearningFixtures.unique("Приложения"));
    ProgrammeVersion draft = asTrainer.call(() -> programmes.startDraft(programme.getId()));
    long lessonId = draft.getModules().get(0).getLessons().get(0).getId();
    long filesBefore = files();

    AttachmentTooLargeException tooLarge =
        assertThrows(
            AttachmentTooLargeException.class,
            () ->
                asTrainer.call(
                    () ->
                        lessons.attach(
                            lessonId, "голям.pdf", new byte[LessonAttachment.MAX_BYTES + 1])));
    assertEquals(413, tooLarge.httpStatus());
    assertEquals(filesBefore, files(), "no file stored");

    LessonAttachment kept =
        asTrainer.call(() -> lessons.attach(lessonId, "фиш.pdf", "%PDF-1.4".getBytes()));
    assertEquals(filesBefore + 1, files());
    assertEquals("фиш.pdf", asTrainer.call(() -> lessons.attachment(kept.getId()).fileName()));
    assertFalse(asTrainer.call(() -> lessons.lesson(lessonId).getAttachments().isEmpty()));
  }

  private long files() {
    return ((Number) em.createNativeQuery("select count(*) from learning_file").getSingleResult())
        .longValue();
  }
}
