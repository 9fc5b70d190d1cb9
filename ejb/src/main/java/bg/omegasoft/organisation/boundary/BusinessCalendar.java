package bg.omegasoft.organisation.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.organisation.entity.CalendarRuleException;
import bg.omegasoft.organisation.entity.DayOff;
import bg.omegasoft.organisation.entity.DeclaredDay;
import bg.omegasoft.organisation.entity.WorkingCalendar;
import bg.omegasoft.shared.boundary.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The business calendar of Bulgaria: official holidays and moved rest days (Labour Code art. 154),
 * the days the government declares (kept by an ADMIN), working hours 09:00–18:00 Europe/Sofia.
 * Anyone may ask it; clocks and bookings of every capability count business time here.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class BusinessCalendar {

  private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2099, 12, 31);

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  /** The calendar with every declared day, for rules that count business time themselves. */
  @PermitAll
  public WorkingCalendar calendar() {
    return new WorkingCalendar(declaredBetween(FIRST, LAST));
  }

  @PermitAll
  public boolean isWorkingDay(LocalDate day) {
    return calendar().isWorkingDay(day);
  }

  /**
   * Why the day is not a working day (holiday, moved rest day, declared, weekend), if it is not.
   */
  @PermitAll
  public Optional<DayOff> whyNot(LocalDate day) {
    return calendar().dayOff(day);
  }

  @PermitAll
  public Duration businessTimeBetween(Instant from, Instant to) {
    return calendar().businessTimeBetween(from, to);
  }

  @PermitAll
  public Instant plusBusinessTime(Instant start, Duration time) {
    return calendar().plusBusinessTime(start, time);
  }

  @PermitAll
  public LocalDate plusWorkingDays(LocalDate day, int days) {
    return calendar().plusWorkingDays(day, days);
  }

  /** The year's holidays, moved rest days and declared days off, by date. */
  @PermitAll
  public List<DayOff> nonWorkingDays(int year) {
    return calendar().nonWorkingDays(year);
  }

  /** The days declared for the year, both kinds, by date. */
  public List<DeclaredDay> declared(int year) {
    return declaredBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** Records a declared day off or working Saturday; one declaration per date. */
  public DeclaredDay declare(
      LocalDate day, DeclaredDay.Kind kind, String reasonBg, String reasonEn) {
    DeclaredDay declared =
        new DeclaredDay(
            day,
            kind,
            reasonBg,
            reasonEn,
            session.getCallerPrincipal().getName(),
            Instant.now(clock));
    if (!declaredBetween(day, day).isEmpty()) {
      throw new CalendarRuleException("cal.rule.alreadyDeclared");
    }
    em.persist(declared);
    audit.record("CALENDAR_DAY_DECLARED", "DeclaredDay", day, kind.name());
    return declared;
  }

  /** Takes a declared day back. */
  public void remove(long id) {
    DeclaredDay declared = em.find(DeclaredDay.class, id);
    if (declared != null) {
      em.remove(declared);
      audit.record("CALENDAR_DAY_REMOVED", "DeclaredDay", declared.getDay(), null);
    }
  }

  private List<DeclaredDay> declaredBetween(LocalDate from, LocalDate to) {
    return em.createNamedQuery(DeclaredDay.FIND_BETWEEN, DeclaredDay.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }
}
