package bg.omegasoft.learning.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.learning.control.LessonHtml;
import bg.omegasoft.learning.control.VersionComparison;
import bg.omegasoft.learning.entity.AttachmentTooLargeException;
import bg.omegasoft.learning.entity.AttachmentTypeRefusedException;
import bg.omegasoft.learning.entity.LearningFile;
import bg.omegasoft.learning.entity.Lesson;
import bg.omegasoft.learning.entity.LessonAttachment;
import bg.omegasoft.learning.entity.Level;
import bg.omegasoft.learning.entity.Product;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.learning.entity.ProgrammeKind;
import bg.omegasoft.learning.entity.ProgrammeModule;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.learning.entity.Publication;
import bg.omegasoft.learning.entity.Topic;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.control.ContentTypes;
import bg.omegasoft.shared.entity.PlainText;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Authoring of programmes by TRAINERs: standard programmes, their drafts, modules, lessons and
 * attachments, publishing with a reason, version history and comparison. Published versions are
 * never changed: every edit goes to the programme's one draft.
 */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class Programmes {

  static final String SUBJECT = "Programme";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.FINANCE, Roles.ADMIN})
  public List<Programme> ofKind(ProgrammeKind kind) {
    return em.createNamedQuery(Programme.FIND_BY_KIND, Programme.class)
        .setParameter("kind", kind)
        .getResultList();
  }

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.FINANCE, Roles.ADMIN})
  public Programme find(long id) {
    Programme programme = em.find(Programme.class, id);
    if (programme == null) {
      throw new NotFoundException("Programme", id);
    }
    return programme;
  }

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.FINANCE, Roles.ADMIN})
  public ProgrammeVersion version(long versionId) {
    ProgrammeVersion version = em.find(ProgrammeVersion.class, versionId);
    if (version == null) {
      throw new NotFoundException("ProgrammeVersion", versionId);
    }
    return version;
  }

  public Programme createStandard(long productId, Level level, String title) {
    if (level == null) {
      throw new InvalidInputException("level", "programme.levelRequired");
    }
    requireTitle(title);
    Product product = em.find(Product.class, productId);
    if (product == null) {
      throw new InvalidInputException("product", "programme.productRequired");
    }
    Programme programme = Programme.standard(product, level, title.strip(), me(), now());
    em.persist(programme);
    em.flush();
    audit.record("PROGRAMME_CREATED", SUBJECT, programme.getId(), title);
    return programme;
  }

  /** The programme's draft, made now as a copy of the latest version if there is none. */
  public ProgrammeVersion startDraft(long programmeId) {
    Programme programme = find(programmeId);
    boolean existed = programme.draft().isPresent();
    ProgrammeVersion draft = programme.startDraft(me(), now());
    try {
      em.flush();
    } catch (PersistenceException e) {
      // another trainer opened the draft at the same moment (one draft per programme)
      throw new InvalidInputException("draft", "programme.draftConflict");
    }
    if (!existed) {
      audit.record("PROGRAMME_DRAFT_STARTED", SUBJECT, programmeId, "version " + draft.getNumber());
    }
    return draft;
  }

  public ProgrammeVersion describe(
      long versionId,
      String title,
      String description,
      String outcomes,
      BigDecimal price,
      int passMark) {
    ProgrammeVersion version = version(versionId);
    version.describe(title, description, outcomes, price, passMark);
    audit.record("PROGRAMME_DRAFT_EDITED", SUBJECT, version.getProgramme().getId(), "details");
    return version;
  }

  public ProgrammeModule addModule(
      long versionId, String title, String summary, BigDecimal hours, Long topicId) {
    ProgrammeVersion version = version(versionId);
    ProgrammeModule module = version.addModule(title, summary, hours, topic(topicId));
    em.flush();
    audit.record("MODULE_ADDED", SUBJECT, version.getProgramme().getId(), title);
    return module;
  }

  public ProgrammeModule editModule(
      long moduleId, String title, String summary, BigDecimal hours, Long topicId) {
    ProgrammeModule module = module(moduleId);
    module.describe(title, summary, hours, topic(topicId));
    audit.record("MODULE_EDITED", SUBJECT, programmeOf(module), title);
    return module;
  }

  public void removeModule(long moduleId) {
    ProgrammeModule module = module(moduleId);
    module.getVersion().removeModule(moduleId);
    audit.record("MODULE_REMOVED", SUBJECT, programmeOf(module), module.getTitle());
  }

  public void moveModuleUp(long moduleId) {
    ProgrammeModule module = module(moduleId);
    module.getVersion().moveModuleUp(moduleId);
    audit.record("MODULE_MOVED_UP", SUBJECT, programmeOf(module), module.getTitle());
  }

  public Lesson addLesson(long moduleId, String title) {
    ProgrammeModule module = module(moduleId);
    Lesson lesson = module.addLesson(title);
    em.flush();
    audit.record("LESSON_ADDED", SUBJECT, programmeOf(module), title);
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
    audit.record("LESSON_EDITED", SUBJECT, programmeOf(lesson.getModule()), title);
    return lesson;
  }

  public void removeLesson(long lessonId) {
    Lesson lesson = lesson(lessonId);
    lesson.getModule().removeLesson(lessonId);
    audit.record("LESSON_REMOVED", SUBJECT, programmeOf(lesson.getModule()), lesson.getTitle());
  }

  public void moveLessonUp(long lessonId) {
    Lesson lesson = lesson(lessonId);
    lesson.getModule().moveLessonUp(lessonId);
    audit.record("LESSON_MOVED_UP", SUBJECT, programmeOf(lesson.getModule()), lesson.getTitle());
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
    audit.record("ATTACHMENT_ADDED", SUBJECT, programmeOf(lesson.getModule()), name);
    return attachment;
  }

  public void detach(long lessonId, long attachmentId) {
    Lesson lesson = lesson(lessonId);
    lesson.detach(attachmentId);
    audit.record(
        "ATTACHMENT_REMOVED", SUBJECT, programmeOf(lesson.getModule()), "id " + attachmentId);
  }

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public FileDownload attachment(long attachmentId) {
    return Attachments.download(em, attachmentId);
  }

  /** Publishes the draft as the version in force, with its reason and applies-from date. */
  public ProgrammeVersion publish(long programmeId, Publication publication) {
    Programme programme = find(programmeId);
    ProgrammeVersion published = programme.publishDraft(publication, me(), now());
    audit.record(
        "PROGRAMME_PUBLISHED",
        SUBJECT,
        programmeId,
        "version "
            + published.getNumber()
            + " "
            + published.getReason()
            + (published.getReasonReference() == null ? "" : " " + published.getReasonReference())
            + " from "
            + published.getAppliesFrom());
    return published;
  }

  /** What changed from one version of a programme to another. */
  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.FINANCE, Roles.ADMIN})
  public List<VersionComparison.Change> compare(long olderVersionId, long newerVersionId) {
    ProgrammeVersion older = version(olderVersionId);
    ProgrammeVersion newer = version(newerVersionId);
    if (!older.getProgramme().getId().equals(newer.getProgramme().getId())) {
      throw new InvalidInputException("newer", "programme.compareOtherProgramme");
    }
    return VersionComparison.between(older, newer);
  }

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public ProgrammeModule module(long moduleId) {
    ProgrammeModule module = em.find(ProgrammeModule.class, moduleId);
    if (module == null) {
      throw new NotFoundException("ProgrammeModule", moduleId);
    }
    return module;
  }

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public Lesson lesson(long lessonId) {
    Lesson lesson = em.find(Lesson.class, lessonId);
    if (lesson == null) {
      throw new NotFoundException("Lesson", lessonId);
    }
    return lesson;
  }

  private Topic topic(Long topicId) {
    if (topicId == null) {
      return null;
    }
    Topic topic = em.find(Topic.class, topicId);
    if (topic == null) {
      throw new InvalidInputException("topic", "module.topicUnknown");
    }
    return topic;
  }

  private static Long programmeOf(ProgrammeModule module) {
    return module.getVersion().getProgramme().getId();
  }

  private static void requireTitle(String title) {
    if (title == null || title.isBlank() || title.strip().length() > 200) {
      throw new InvalidInputException("title", "programme.titleRequired");
    }
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

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  private Instant now() {
    return Instant.now(clock);
  }
}
