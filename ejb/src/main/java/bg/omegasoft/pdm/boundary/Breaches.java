package bg.omegasoft.pdm.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.pdm.entity.DataBreach;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.Notice;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The log of personal-data breaches (GDPR art. 33(5)), kept by ADMIN: each breach with its facts,
 * its 72-hour clock to notify the supervisory authority (КЗЛД) and whom it was told. When 48 hours
 * passed without notification every ADMIN hears of it once ({@link Notice.Kind#CLOCK_WARNING}).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Breaches {

  static final String WARNING_KEY = "pdm.breachWarning";
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(SofiaTime.ZONE);

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;
  @Inject private Event<Notice> notices;

  private final Clock clock = Clock.systemUTC();

  public List<DataBreach> all() {
    return em.createNamedQuery(DataBreach.FIND_ALL, DataBreach.class).getResultList();
  }

  public DataBreach breach(long id) {
    DataBreach breach = em.find(DataBreach.class, id);
    if (breach == null) {
      throw new RecordChangedException();
    }
    return breach;
  }

  /** Logs a new breach. */
  public DataBreach log(DataBreach.Facts facts) {
    DataBreach breach =
        new DataBreach(facts, session.getCallerPrincipal().getName(), Instant.now(clock));
    em.persist(breach);
    em.flush();
    audit.record("DATA_BREACH_LOGGED", "DataBreach", breach.getId(), null);
    return breach;
  }

  /** Saves what is now known and whom it was told, as edited from the given version. */
  public DataBreach update(
      long id, int version, DataBreach.Facts facts, DataBreach.Notification told) {
    DataBreach breach = breach(id);
    if (breach.getVersion() != version) {
      throw new RecordChangedException();
    }
    Instant now = Instant.now(clock);
    breach.describe(facts, now);
    breach.notify(told, now);
    audit.record("DATA_BREACH_UPDATED", "DataBreach", id, breach.clockAt(now).name());
    return breach;
  }

  /**
   * Warns every ADMIN of each breach 48 hours old and not notified, once (the breach remembers the
   * warning; the notice's dedup key is the breach); answers how many. Each server may run it.
   */
  @RolesAllowed({Roles.ADMIN, Roles.BATCH_OPERATOR})
  public int warn(Instant now) {
    List<DataBreach> due =
        em.createNamedQuery(DataBreach.FIND_TO_WARN, DataBreach.class)
            .setParameter("before", now.minus(DataBreach.WARNING))
            .getResultList();
    int warned = 0;
    for (DataBreach breach : due) {
      if (breach.needsWarningAt(now)) {
        breach.warned(now);
        notices.fire(
            new Notice(
                Notice.Kind.CLOCK_WARNING,
                Notice.Audience.role(Roles.ADMIN),
                WARNING_KEY,
                List.of(
                    String.valueOf(breach.getId()),
                    WHEN.format(breach.getDetectedAt()),
                    WHEN.format(breach.dueAt())),
                "/pdm/breaches.xhtml?id=" + breach.getId(),
                "breach-warning:" + breach.getId()));
        warned++;
      }
    }
    return warned;
  }
}
