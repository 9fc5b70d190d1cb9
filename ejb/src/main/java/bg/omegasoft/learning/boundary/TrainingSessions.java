package bg.omegasoft.learning.boundary;

import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.learning.control.People;
import bg.omegasoft.learning.entity.Enrolment;
import bg.omegasoft.learning.entity.EnrolmentStatus;
import bg.omegasoft.learning.entity.ProgrammeKind;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.learning.entity.Quote;
import bg.omegasoft.learning.entity.QuoteNotAcceptedException;
import bg.omegasoft.learning.entity.QuoteStatus;
import bg.omegasoft.learning.entity.RemoteOnlyException;
import bg.omegasoft.learning.entity.SessionStatus;
import bg.omegasoft.learning.entity.TrainingSession;
import bg.omegasoft.learning.entity.TrainingSession.SessionPlan;
import bg.omegasoft.messaging.boundary.Letter;
import bg.omegasoft.messaging.boundary.Outbox;
import bg.omegasoft.organisation.boundary.OrganisationSettings;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.control.Formatter;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Training sessions run by TRAINERs: scheduling a run of a published version (only online while the
 * remote-only policy is on), the list of enrolments and the waiting list, attendance per day,
 * cancellation.
 */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class TrainingSessions {

  static final String SUBJECT = "TrainingSession";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;
  @EJB private OrganisationSettings organisation;
  @EJB private Outbox outbox;

  private final Clock clock = Clock.systemUTC();

  /** Sessions that have not ended yet, for anyone signed in (enrolment starts there). */
  @RolesAllowed({
    Roles.TRAINEE,
    Roles.TRAINER,
    Roles.STAFF,
    Roles.CLIENT_ADMIN,
    Roles.FINANCE,
    Roles.ADMIN
  })
  public List<TrainingSession> upcoming() {
    Long myClient =
        session.isCallerInRole(Roles.TRAINER) || session.isCallerInRole(Roles.ADMIN)
            ? null
            : People.byUsername(em, session.getCallerPrincipal().getName()).getClientId();
    boolean vendor =
        session.isCallerInRole(Roles.TRAINER)
            || session.isCallerInRole(Roles.ADMIN)
            || session.isCallerInRole(Roles.STAFF);
    return em
        .createNamedQuery(TrainingSession.FIND_UPCOMING, TrainingSession.class)
        .setParameter("today", LocalDate.now(SofiaTime.ZONE))
        .getResultList()
        .stream()
        .filter(s -> vendor || visibleTo(s, myClient))
        .toList();
  }

  /** Individual programmes' sessions are for that client's people only. */
  static boolean visibleTo(TrainingSession s, Long clientId) {
    var programme = s.getProgrammeVersion().getProgramme();
    return programme.getKind() == ProgrammeKind.STANDARD
        || (clientId != null && clientId.equals(programme.getClient().getId()));
  }

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public TrainingSession find(long id) {
    TrainingSession found = em.find(TrainingSession.class, id);
    if (found == null) {
      throw new NotFoundException("TrainingSession", id);
    }
    return found;
  }

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public List<TrainingSession> ofProgramme(long programmeId) {
    return em.createNamedQuery(TrainingSession.FIND_BY_PROGRAMME, TrainingSession.class)
        .setParameter("programmeId", programmeId)
        .getResultList();
  }

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public List<Enrolment> enrolments(long sessionId) {
    return em.createNamedQuery(Enrolment.FIND_BY_SESSION, Enrolment.class)
        .setParameter("sessionId", sessionId)
        .getResultList();
  }

  /**
   * The planned sessions the trainer leads at some time between the two moments (a session takes
   * its daily hours on each of its days), for a consultant's calendar.
   */
  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public List<TrainingSession> ofTrainerBetween(long trainerId, Instant start, Instant end) {
    LocalDate first = start.atZone(SofiaTime.ZONE).toLocalDate();
    LocalDate last = end.atZone(SofiaTime.ZONE).toLocalDate();
    return em
        .createNamedQuery(TrainingSession.FIND_OF_TRAINER_BETWEEN, TrainingSession.class)
        .setParameter("trainer", trainerId)
        .setParameter("first", first)
        .setParameter("last", last)
        .setParameter("planned", SessionStatus.PLANNED)
        .getResultList()
        .stream()
        .filter(s -> s.isBusyBetween(start, end))
        .toList();
  }

  public List<User> trainers() {
    return People.withRole(em, Role.TRAINER);
  }

  /**
   * Schedules a run of a published version. While the remote-only policy is on, only online
   * sessions; an individual programme needs an accepted quote first.
   */
  public TrainingSession schedule(long versionId, SessionPlan plan, long trainerId) {
    ProgrammeVersion version = em.find(ProgrammeVersion.class, versionId);
    if (version == null || version.isDraft()) {
      throw new InvalidInputException("version", "session.versionNotPublished");
    }
    plan.check();
    if (organisation.remoteOnly() && !plan.format().isRemote()) {
      throw new RemoteOnlyException();
    }
    if (version.getProgramme().getKind() == ProgrammeKind.INDIVIDUAL && !quoteAccepted(version)) {
      throw new QuoteNotAcceptedException();
    }
    User trainer = People.byId(em, trainerId);
    if (!trainer.holds(Role.TRAINER) || !trainer.isEnabled()) {
      throw new InvalidInputException("trainer", "session.trainerInvalid");
    }
    TrainingSession created = new TrainingSession(plan, version, trainer);
    created.recordCreation(me(), now());
    em.persist(created);
    em.flush();
    audit.record(
        "SESSION_SCHEDULED",
        SUBJECT,
        created.getId(),
        version.getTitle()
            + " v"
            + version.getNumber()
            + " "
            + plan.firstDay()
            + " "
            + plan.format());
    return created;
  }

  private boolean quoteAccepted(ProgrammeVersion version) {
    return em
        .createNamedQuery(Quote.FIND_BY_PROGRAMME, Quote.class)
        .setParameter("programmeId", version.getProgramme().getId())
        .getResultList()
        .stream()
        .anyMatch(q -> q.getStatus() == QuoteStatus.ACCEPTED);
  }

  /** Planned sessions in a classroom or at the client that have not begun, earliest first. */
  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public List<TrainingSession> inPersonAhead() {
    LocalDate today = LocalDate.now(SofiaTime.ZONE);
    return em
        .createNamedQuery(TrainingSession.FIND_UPCOMING, TrainingSession.class)
        .setParameter("today", today)
        .getResultList()
        .stream()
        .filter(s -> s.isInPersonAhead(today))
        .toList();
  }

  /**
   * Moves a classroom or on-site session online; every trainee holding or waiting for a seat is
   * told by e-mail where it now takes place.
   */
  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public TrainingSession moveOnline(long sessionId, String onlineVenue) {
    TrainingSession locked =
        em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
    if (locked == null) {
      throw new NotFoundException("TrainingSession", sessionId);
    }
    String before = locked.getFormat() + " " + locked.getVenue();
    locked.moveOnline(onlineVenue, LocalDate.now(SofiaTime.ZONE));
    for (Enrolment enrolment : enrolments(sessionId)) {
      boolean expected =
          enrolment.getStatus() == EnrolmentStatus.CONFIRMED
              || enrolment.getStatus() == EnrolmentStatus.WAITLISTED;
      String to = enrolment.getTrainee().getEmail();
      if (expected && to != null) {
        outbox.queue(
            Letter.to(to)
                .template(
                    "learning.sessionOnline",
                    locale ->
                        new Object[] {
                          enrolment.getTrainee().getFullName(),
                          locked.getProgrammeVersion().getTitle(),
                          Formatter.date(locked.getFirstDay(), locale),
                          Formatter.date(locked.getLastDay(), locale),
                          locked.getDailyStart().toString(),
                          locked.getDailyEnd().toString(),
                          locked.getVenue()
                        })
                .once("learning-session-online:" + sessionId + ":" + enrolment.getId())
                .forUser(enrolment.getTrainee().getId())
                .about("enrolment:" + enrolment.getId()));
      }
    }
    audit.record("SESSION_MOVED_ONLINE", SUBJECT, sessionId, before + " -> " + locked.getVenue());
    return locked;
  }

  /** Cancels the session and every enrolment in it. */
  public TrainingSession cancel(long sessionId, String reason) {
    TrainingSession locked =
        em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
    if (locked == null) {
      throw new NotFoundException("TrainingSession", sessionId);
    }
    Instant now = now();
    locked.cancel(reason, now);
    for (Enrolment enrolment : enrolments(sessionId)) {
      if (enrolment.getStatus() != bg.omegasoft.learning.entity.EnrolmentStatus.CANCELLED
          && enrolment.getStatus() != bg.omegasoft.learning.entity.EnrolmentStatus.COMPLETED) {
        enrolment.cancel(me(), now);
      }
    }
    audit.record("SESSION_CANCELLED", SUBJECT, sessionId, reason);
    return locked;
  }

  /** Records a trainee's presence on one day of the session. */
  public Enrolment recordAttendance(long enrolmentId, LocalDate day, boolean present) {
    Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
    if (enrolment == null) {
      throw new NotFoundException("Enrolment", enrolmentId);
    }
    enrolment.recordAttendance(day, present);
    audit.record(
        "ATTENDANCE_RECORDED",
        SUBJECT,
        enrolment.getSession().getId(),
        enrolment.getTrainee().getUsername() + " " + day + " " + (present ? "present" : "absent"));
    return enrolment;
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  private Instant now() {
    return Instant.now(clock);
  }
}
