package bg.omegasoft.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.AsTrainer;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.learning.boundary.Lessons;
import bg.omegasoft.learning.boundary.Programmes;
import bg.omegasoft.learning.entity.LessonAttachment;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.shared.boundary.BusinessException;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lesson attachments are documents, pictures or archives, judged by extension and content together:
 * a program is refused whatever it is called, a file whose content is not what its name says is
 * refused, and the names kept carry no control or reordering characters nor any path.
 */
@ExtendWith(ArquillianExtension.class)
class AttachmentRulesIT {

  private static final byte[] PROGRAM =
      "MZ\u0090\u0000program".getBytes(StandardCharsets.ISO_8859_1);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(AttachmentRulesIT.class);
  }

  @EJB LearningFixtures fixtures;
  @EJB Programmes programmes;
  @EJB Lessons lessons;
  @EJB AsTrainer asTrainer;

  @PersistenceContext(unitName = "omex")
  EntityManager em;

  @Test
  void programsAndFilesThatAreNotWhatTheySayAreRefusedAndNothingIsStored() {
    long lessonId = draftLesson();
    long before = files();
    for (String name :
        new String[] {"setup.exe", "setup.pdf", "фиш\u202Efdp.exe", "tool.bat", "без-разширение"}) {
      BusinessException refused =
          assertThrows(
              BusinessException.class,
              () -> asTrainer.call(() -> lessons.attach(lessonId, name, PROGRAM)),
              name);
      assertEquals(415, refused.httpStatus(), name);
      assertTrue(refused.messageKey().startsWith("attachment.type"), refused.messageKey());
    }
    BusinessException html =
        assertThrows(
            BusinessException.class,
            () ->
                asTrainer.call(
                    () ->
                        lessons.attach(
                            lessonId,
                            "страница.html",
                            "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))));
    assertEquals(415, html.httpStatus());
    assertEquals(before, files(), "nothing stored");
  }

  @Test
  void documentsPicturesAndArchivesAreKeptUnderACleanName() throws Exception {
    long lessonId = draftLesson();
    LessonAttachment pdf =
        asTrainer.call(
            () ->
                lessons.attach(
                    lessonId,
                    "C:\\Users\\x\\фиш\u202E за\u2066 май.pdf",
                    "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("application/pdf", pdf.getContentType());
    assertEquals("фиш за май.pdf", pdf.getFileName());

    LessonAttachment named =
        asTrainer.call(
            () ->
                lessons.attach(
                    lessonId,
                    "../../отчет\u0000\u202Etxt.pdf",
                    "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("отчетtxt.pdf", named.getFileName());

    LessonAttachment picture =
        asTrainer.call(
            () ->
                lessons.attach(
                    lessonId,
                    "екран.PNG",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}));
    assertEquals("image/png", picture.getContentType());

    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("примери.csv"));
      out.write("a;b\n1;2\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    LessonAttachment archive =
        asTrainer.call(() -> lessons.attach(lessonId, "примери.zip", zip.toByteArray()));
    assertEquals("application/zip", archive.getContentType());
  }

  private long draftLesson() {
    Programme programme = fixtures.publishedProgramme(LearningFixtures.unique("Файлове"));
    ProgrammeVersion draft = asTrainer.call(() -> programmes.startDraft(programme.getId()));
    return draft.getModules().get(0).getLessons().get(0).getId();
  }

  private long files() {
    return ((Number) em.createNativeQuery("select count(*) from learning_file").getSingleResult())
        .longValue();
  }
}
