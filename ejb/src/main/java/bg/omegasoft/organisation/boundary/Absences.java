package bg.omegasoft.organisation.boundary;

import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.learning.boundary.TrainingSessions;
import bg.omegasoft.learning.entity.TrainingSession;
import bg.omegasoft.organisation.entity.Absence;
import bg.omegasoft.organisation.entity.CalendarRuleException;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.TextKey;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The consultants' absences (leave, sickness, other), recorded by staff, and whether a consultant
 * is free at a time: not absent that day and not leading a training session then.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class Absences {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;
  @EJB private TrainingSessions sessions;

  private final Clock clock = Clock.systemUTC();

  /** The consultants: enabled users with the STAFF role, by name. */
  public List<User> consultants() {
    return em.createQuery(
            "select u from User u join u.roles r where r = :role and u.enabled = true"
                + " order by u.fullName",
            User.class)
        .setParameter("role", Role.STAFF)
        .getResultList();
  }

  /** Absences that end on or after the day, earliest first. */
  public List<Absence> from(LocalDate day) {
    return em.createNamedQuery(Absence.FIND_FROM, Absence.class)
        .setParameter("from", day)
        .getResultList();
  }

  public Absence record(
      long consultantId, Absence.Kind kind, LocalDate firstDay, LocalDate lastDay, String note) {
    User consultant = em.find(User.class, consultantId);
    Absence absence =
        new Absence(
            consultant == null || !consultant.holds(Role.STAFF) ? null : consultant,
            kind,
            firstDay,
            lastDay,
            note,
            session.getCallerPrincipal().getName(),
            Instant.now(clock));
    em.persist(absence);
    audit.record(
        "ABSENCE_RECORDED",
        "User",
        consultant.getUsername(),
        kind + " " + firstDay + "/" + lastDay);
    return absence;
  }

  public void remove(long id) {
    Absence absence = em.find(Absence.class, id);
    if (absence != null) {
      em.remove(absence);
      audit.record(
          "ABSENCE_REMOVED",
          "User",
          absence.getConsultant().getUsername(),
          absence.getFirstDay() + "/" + absence.getLastDay());
    }
  }

  /**
   * Refuses a time at which the consultant is absent or leads a training session, saying which in
   * the reader's language.
   */
  public void requireFree(long consultantId, Instant start, Instant end) {
    LocalDate first = start.atZone(SofiaTime.ZONE).toLocalDate();
    LocalDate last = end.atZone(SofiaTime.ZONE).toLocalDate();
    Optional<Absence> away =
        em.createNamedQuery(Absence.FIND_OVERLAPPING, Absence.class)
            .setParameter("consultant", consultantId)
            .setParameter("first", first)
            .setParameter("last", last)
            .getResultStream()
            .findFirst();
    if (away.isPresent()) {
      Absence absence = away.get();
      throw new CalendarRuleException(
          "cal.refused.absence",
          DAY.format(first.isBefore(absence.getFirstDay()) ? absence.getFirstDay() : first),
          absence.getConsultant().getFullName(),
          new TextKey(absence.getKind().messageKey()));
    }
    Optional<TrainingSession> training =
        sessions.ofTrainerBetween(consultantId, start, end).stream().findFirst();
    if (training.isPresent()) {
      throw new CalendarRuleException(
          "cal.refused.training",
          DAY.format(first),
          training.get().getTrainer().getFullName(),
          training.get().getProgrammeVersion().getTitle());
    }
  }
}
