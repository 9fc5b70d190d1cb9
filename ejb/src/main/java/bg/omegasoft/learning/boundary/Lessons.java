package bg.omegasoft.learning.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.learning.control.LessonHtml;
import bg.omegasoft.learning.entity.AttachmentTooLargeException;
import bg.omegasoft.learning.entity.AttachmentTypeRefusedException;
import bg.omegasoft.learning.entity.LearningFile;
import bg.omegasoft.learning.entity.Lesson;
import bg.omegasoft.learning.entity.LessonAttachment;
import bg.omegasoft.learning.entity.ProgrammeModule;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.control.ContentTypes;
import bg.omegasoft.shared.entity.PlainText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.Arrays;

/**
 * The lessons of a draft's modules: their cleaned content and documentation link, their order, and
 * the files attached to them (checked before anything is stored).
 */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class Lessons {

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;
  @EJB private ProgrammeModules modules;

  public Lesson addLesson(long moduleId, String title) {
    ProgrammeModule module = modules.module(moduleId);
    Lesson lesson = module.addLesson(title);
    em.flush();
    audit.record("LESSON_ADDED", Programmes.SUBJECT, ProgrammeModules.programmeOf(module), title);
    return lesson;
  }

  /** Saves a lesson; the content is cleaned of anything but formatting and links. */
  public Lesson editLesson(long lessonId, String title, String content, String docLink) {
    Lesson lesson = lesson(lessonId);
    if (title == null || title.isBlank() || title.strip().length() > 200) {
      throw new InvalidInputException("lessonTitle", "lesson.titleRequired");
    }
    if (!LessonHtml.fits(content)) {
      throw new InvalidInputException("content", "lesson.contentTooLong");
    }
    lesson.edit(title.strip(), LessonHtml.clean(content), checkedLink(docLink));
    audit.record(
        "LESSON_EDITED",
        Programmes.SUBJECT,
        ProgrammeModules.programmeOf(lesson.getModule()),
        title);
    return lesson;
  }

  public void removeLesson(long lessonId) {
    Lesson lesson = lesson(lessonId);
    lesson.getModule().removeLesson(lessonId);
    audit.record(
        "LESSON_REMOVED",
        Programmes.SUBJECT,
        ProgrammeModules.programmeOf(lesson.getModule()),
        lesson.getTitle());
  }

  public void moveLessonUp(long lessonId) {
    Lesson lesson = lesson(lessonId);
    lesson.getModule().moveLessonUp(lessonId);
    audit.record(
        "LESSON_MOVED_UP",
        Programmes.SUBJECT,
        ProgrammeModules.programmeOf(lesson.getModule()),
        lesson.getTitle());
  }

  /**
   * Attaches a file to a lesson of a draft: a document, picture or archive of {@link
   * LessonAttachment#ALLOWED_TYPES} whose content matches its extension, at most {@link
   * LessonAttachment#MAX_BYTES}; otherwise it is refused before anything is stored. The name is
   * kept as plain text without any path, and the content type is the one the content shows, never
   * the one the sender claimed.
   */
  public LessonAttachment attach(long lessonId, String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw new InvalidInputException("attachment", "attachment.empty");
    }
    if (content.length > LessonAttachment.MAX_BYTES) {
      throw new AttachmentTooLargeException(LessonAttachment.MAX_BYTES / (1024 * 1024));
    }
    String name = PlainText.fileName(fileName, LessonAttachment.MAX_NAME);
    ContentTypes.Verdict verdict =
        ContentTypes.check(
            name,
            Arrays.copyOf(content, Math.min(content.length, ContentTypes.SNIFF_LENGTH)),
            LessonAttachment.ALLOWED_TYPES);
    if (!verdict.allowed()) {
      throw new AttachmentTypeRefusedException(
          verdict.refusal() == ContentTypes.Refusal.MISMATCH,
          String.join(", ", LessonAttachment.ALLOWED_TYPES));
    }
    Lesson lesson = lesson(lessonId);
    lesson.getModule().getVersion().requireDraft();
    LearningFile file = new LearningFile(content);
    em.persist(file);
    em.flush();
    LessonAttachment attachment =
        lesson.attach(file.getId(), name, verdict.contentType(), content.length);
    em.flush();
    audit.record(
        "ATTACHMENT_ADDED",
        Programmes.SUBJECT,
        ProgrammeModules.programmeOf(lesson.getModule()),
        name);
    return attachment;
  }

  public void detach(long lessonId, long attachmentId) {
    Lesson lesson = lesson(lessonId);
    lesson.detach(attachmentId);
    audit.record(
        "ATTACHMENT_REMOVED",
        Programmes.SUBJECT,
        ProgrammeModules.programmeOf(lesson.getModule()),
        "id " + attachmentId);
  }

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public FileDownload attachment(long attachmentId) {
    return Attachments.download(em, attachmentId);
  }

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public Lesson lesson(long lessonId) {
    Lesson lesson = em.find(Lesson.class, lessonId);
    if (lesson == null) {
      throw new NotFoundException("Lesson", lessonId);
    }
    return lesson;
  }

  /** Documentation links are http or https addresses only. */
  static String checkedLink(String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    String value = link.strip();
    try {
      URI uri = URI.create(value);
      if (value.length() > 500
          || uri.getHost() == null
          || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
        throw new InvalidInputException("docLink", "lesson.linkInvalid");
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("docLink", "lesson.linkInvalid");
    }
    return value;
  }
}
