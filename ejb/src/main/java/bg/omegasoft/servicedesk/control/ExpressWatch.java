package bg.omegasoft.servicedesk.control;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.Notice;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Watches the express clocks once a minute and records a breach when 24 hours passed without a
 * specialist starting; billing then charges no double price for that request.
 */
@Singleton
@Startup
@PermitAll
public class ExpressWatch {

  private static final Logger LOG = Logger.getLogger(ExpressWatch.class.getName());
  private static final long EVERY_MILLIS = 60_000;

  @PersistenceContext private EntityManager em;
  @Resource private TimerService timers;
  @EJB private AuditTrail audit;
  @Inject private Event<Notice> notices;

  private final Clock clock = Clock.systemUTC();

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(EVERY_MILLIS, EVERY_MILLIS, new TimerConfig("express", false));
  }

  @Timeout
  void check() {
    try {
      recordBreaches();
    } catch (RuntimeException e) {
      LOG.warning("Express clocks not checked this time: " + e);
    }
  }

  /** Records every breach that is due; answers how many. */
  public int recordBreaches() {
    Instant now = Instant.now(clock);
    List<ServiceRequest> running =
        em.createNamedQuery(ServiceRequest.FIND_RUNNING_EXPRESS, ServiceRequest.class)
            .setParameter("type", RequestType.EXPRESS)
            .setParameter(
                "open", List.of(RequestStatus.NEW, RequestStatus.TRIAGED, RequestStatus.SCHEDULED))
            .getResultList();
    int breached = 0;
    for (ServiceRequest request : running) {
      if (request.recordExpressBreachIfDue(now)) {
        breached++;
        audit.recordAs(
            "system", "SR_EXPRESS_BREACHED", "ServiceRequest", request.getNumber(), null);
        notices.fire(
            new Notice(
                Notice.Kind.CLOCK_BREACHED,
                Notice.Audience.role(Roles.STAFF),
                "notice.clockBreached",
                List.of(request.getNumber(), NewRequests.shortened(request.getSubject())),
                "/servicedesk/request.xhtml?id=" + request.getId(),
                "express-breached:" + request.getNumber()));
      }
    }
    return breached;
  }
}
