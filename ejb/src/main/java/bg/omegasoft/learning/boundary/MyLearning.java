package bg.omegasoft.learning.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.learning.control.People;
import bg.omegasoft.learning.entity.Enrolment;
import bg.omegasoft.learning.entity.Lesson;
import bg.omegasoft.learning.entity.LessonAttachment;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.InvalidInputException;
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
import java.util.List;
import java.util.Optional;

/**
 * The learner's own view: their enrolments, the lessons of the version they enrolled in, progress,
 * and whether a newer version has been published since, and why.
 */
@Stateless
@RolesAllowed({
  Roles.TRAINEE,
  Roles.TRAINER,
  Roles.STAFF,
  Roles.CLIENT_ADMIN,
  Roles.FINANCE,
  Roles.ADMIN
})
public class MyLearning {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  public List<Enrolment> myEnrolments() {
    return em.createNamedQuery(Enrolment.FIND_BY_TRAINEE, Enrolment.class)
        .setParameter(
            "traineeId", People.byUsername(em, session.getCallerPrincipal().getName()).getId())
        .getResultList();
  }

  /** One of the caller's own enrolments. */
  public Enrolment enrolment(long enrolmentId) {
    Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
    if (enrolment == null
        || !enrolment.getTrainee().getUsername().equals(session.getCallerPrincipal().getName())) {
      throw new NotFoundException("Enrolment", enrolmentId);
    }
    return enrolment;
  }

  /** A lesson of the enrolment's own version; only with a confirmed seat. */
  public Lesson lesson(long enrolmentId, long lessonId) {
    Enrolment enrolment = enrolment(enrolmentId);
    if (!enrolment.isHoldingSeat()) {
      throw new InvalidInputException("lesson", "lesson.notEnrolled");
    }
    return enrolment.getProgrammeVersion().allLessons().stream()
        .filter(l -> l.getId() == lessonId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Lesson", lessonId));
  }

  public Enrolment completeLesson(long enrolmentId, long lessonId) {
    Enrolment enrolment = enrolment(enrolmentId);
    Lesson lesson = lesson(enrolmentId, lessonId);
    enrolment.completeLesson(lesson, Instant.now(clock));
    audit.record("LESSON_COMPLETED", "Enrolment", enrolmentId, lesson.getTitle());
    return enrolment;
  }

  public FileDownload attachment(long enrolmentId, long lessonId, long attachmentId) {
    Lesson lesson = lesson(enrolmentId, lessonId);
    LessonAttachment attachment =
        lesson.getAttachments().stream()
            .filter(a -> a.getId() == attachmentId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("LessonAttachment", attachmentId));
    return Attachments.download(em, attachment);
  }

  /** The version now in force when it is newer than the one the enrolment keeps. */
  public Optional<ProgrammeVersion> newerVersion(long enrolmentId) {
    Enrolment enrolment = enrolment(enrolmentId);
    return newerThan(enrolment);
  }

  static Optional<ProgrammeVersion> newerThan(Enrolment enrolment) {
    int mine = enrolment.getProgrammeVersion().getNumber();
    return enrolment
        .getProgrammeVersion()
        .getProgramme()
        .current()
        .filter(v -> v.getNumber() > mine);
  }
}
