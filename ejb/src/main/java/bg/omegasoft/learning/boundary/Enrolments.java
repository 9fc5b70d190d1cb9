package bg.omegasoft.learning.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.learning.control.People;
import bg.omegasoft.learning.entity.AlreadyEnrolledException;
import bg.omegasoft.learning.entity.Enrolment;
import bg.omegasoft.learning.entity.NotOwnStaffException;
import bg.omegasoft.learning.entity.TrainingSession;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Enrolment in sessions: trainees enrol themselves, client administrators enrol the staff of their
 * own company, trainers and administrators anyone. The session row is locked while a seat is taken
 * or given back, so two people can never take the last seat: one gets it, the other goes on the
 * waiting list, which moves up by itself when a seat comes free.
 */
@Stateless
@RolesAllowed({Roles.TRAINEE, Roles.CLIENT_ADMIN, Roles.TRAINER, Roles.ADMIN})
public class Enrolments {

  static final String SUBJECT = "Enrolment";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  @RolesAllowed(Roles.TRAINEE)
  public Enrolment enrolMe(long sessionId) {
    return enrol(sessionId, me());
  }

  /** Enrols a person: a client administrator only the staff of their own company. */
  @RolesAllowed({Roles.CLIENT_ADMIN, Roles.TRAINER, Roles.ADMIN})
  public Enrolment enrolPerson(long sessionId, long userId) {
    User person = People.byId(em, userId);
    requireMayActFor(person);
    return enrol(sessionId, person);
  }

  private Enrolment enrol(long sessionId, User person) {
    TrainingSession locked = lockedSession(sessionId);
    locked.requireOpen(LocalDate.now(SofiaTime.ZONE));
    if (!TrainingSessions.visibleTo(locked, person.getClientId())) {
      throw new NotFoundException("TrainingSession", sessionId);
    }
    boolean enrolled =
        !em.createNamedQuery(Enrolment.FIND_ACTIVE, Enrolment.class)
            .setParameter("sessionId", sessionId)
            .setParameter("traineeId", person.getId())
            .getResultList()
            .isEmpty();
    if (enrolled) {
      throw new AlreadyEnrolledException(person.getFullName());
    }
    Enrolment enrolment = Enrolment.into(locked, person, callerName(), Instant.now(clock));
    em.persist(enrolment);
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw new AlreadyEnrolledException(person.getFullName());
    }
    audit.record(
        "ENROLMENT_" + enrolment.getStatus(),
        SUBJECT,
        enrolment.getId(),
        person.getUsername() + " in session " + sessionId);
    return enrolment;
  }

  /**
   * Cancels an enrolment; a seat it held goes to the first on the waiting list. A trainee cancels
   * their own, a client administrator their staff's, trainers and administrators anyone's.
   */
  public Enrolment cancel(long enrolmentId) {
    Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
    if (enrolment == null) {
      throw new NotFoundException(SUBJECT, enrolmentId);
    }
    requireMayActFor(enrolment.getTrainee());
    TrainingSession locked = lockedSession(enrolment.getSession().getId());
    em.refresh(enrolment);
    locked.requireOpen(LocalDate.now(SofiaTime.ZONE));
    Instant now = Instant.now(clock);
    enrolment.cancel(callerName(), now);
    audit.record("ENROLMENT_CANCELLED", SUBJECT, enrolmentId, enrolment.getTrainee().getUsername());
    moveUpWaitingList(locked, now);
    return enrolment;
  }

  private void moveUpWaitingList(TrainingSession locked, Instant now) {
    for (Enrolment waiting :
        em.createNamedQuery(Enrolment.FIND_WAITING, Enrolment.class)
            .setParameter("sessionId", locked.getId())
            .getResultList()) {
      if (!waiting.moveUp(now)) {
        return;
      }
      audit.record(
          "ENROLMENT_MOVED_UP", SUBJECT, waiting.getId(), waiting.getTrainee().getUsername());
    }
  }

  /** The people a client administrator may enrol: the staff of their own company. */
  @RolesAllowed(Roles.CLIENT_ADMIN)
  public List<User> myStaff() {
    return People.ofClient(em, me().getClientId());
  }

  /** The enrolments of the client administrator's company. */
  @RolesAllowed(Roles.CLIENT_ADMIN)
  public List<Enrolment> ofMyCompany() {
    return em.createNamedQuery(Enrolment.FIND_BY_CLIENT, Enrolment.class)
        .setParameter("clientId", me().getClientId())
        .getResultList();
  }

  private void requireMayActFor(User person) {
    if (session.isCallerInRole(Roles.TRAINER) || session.isCallerInRole(Roles.ADMIN)) {
      return;
    }
    User caller = me();
    if (caller.getId().equals(person.getId())) {
      return;
    }
    boolean ownStaff =
        session.isCallerInRole(Roles.CLIENT_ADMIN)
            && caller.getClientId() != null
            && caller.getClientId().equals(person.getClientId());
    if (!ownStaff) {
      throw new NotOwnStaffException();
    }
  }

  private TrainingSession lockedSession(long sessionId) {
    TrainingSession locked =
        em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
    if (locked == null) {
      throw new NotFoundException("TrainingSession", sessionId);
    }
    return locked;
  }

  private User me() {
    return People.byUsername(em, callerName());
  }

  private String callerName() {
    return session.getCallerPrincipal().getName();
  }
}
