package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.servicedesk.control.Consultants;
import bg.omegasoft.servicedesk.entity.DutyShift;
import bg.omegasoft.servicedesk.entity.RequestRuleException;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.NotFoundException;
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
import java.util.List;

/**
 * The express on-duty roster: which consultant takes express requests when (evenings, weekends,
 * holidays). An express request may be booked to the consultant on duty at any hour of the shift.
 * One person's shifts never overlap: the consultant's row is locked while a shift is planned, so
 * two planners at once cannot both add overlapping shifts.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class DutyRoster {

  private static final String AUDIT_SUBJECT = "DutyShift";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private Consultants consultants;
  @EJB private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  public List<User> consultants() {
    return consultants.all();
  }

  /** The shifts that share a moment with the period, earliest first. */
  public List<DutyShift> between(Instant from, Instant to) {
    return em.createNamedQuery(DutyShift.FIND_BETWEEN, DutyShift.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** The shifts going on at the moment. */
  public List<DutyShift> onDutyAt(Instant now) {
    return between(now, now.plusMillis(1));
  }

  /** Whether one of the consultant's shifts covers the whole period. */
  public boolean onDuty(long consultantId, Instant from, Instant to) {
    return ofConsultant(consultantId, from, to).stream().anyMatch(s -> s.covers(from, to));
  }

  /** Plans a shift; refused when it overlaps one of the consultant's shifts. */
  public DutyShift plan(long consultantId, Instant from, Instant to) {
    User consultant = consultants.find(consultantId);
    em.lock(consultant, LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now(clock);
    List<DutyShift> theirs =
        from == null || to == null ? List.of() : ofConsultant(consultantId, from, to);
    DutyShift shift = new DutyShift(consultant, from, to, theirs, now, caller());
    em.persist(shift);
    em.flush();
    audit.record(
        "SR_DUTY_PLANNED",
        AUDIT_SUBJECT,
        shift.getId(),
        consultant.getUsername() + " " + from + "/" + to);
    return shift;
  }

  /** Removes a shift that is not over yet (those over are the record of who was on duty). */
  public void remove(long shiftId) {
    DutyShift shift = em.find(DutyShift.class, shiftId);
    if (shift == null) {
      throw new NotFoundException(AUDIT_SUBJECT, shiftId);
    }
    if (!shift.isRemovable(Instant.now(clock))) {
      throw new RequestRuleException("sd.duty.rule.over");
    }
    em.remove(shift);
    audit.record(
        "SR_DUTY_REMOVED",
        AUDIT_SUBJECT,
        shiftId,
        shift.getConsultant().getUsername() + " " + shift.getStartsAt() + "/" + shift.getEndsAt());
  }

  private List<DutyShift> ofConsultant(long consultantId, Instant from, Instant to) {
    return em.createNamedQuery(DutyShift.FIND_OF_CONSULTANT_BETWEEN, DutyShift.class)
        .setParameter("consultant", consultantId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
