package bg.omegasoft.servicedesk.control;

import bg.omegasoft.messaging.boundary.Outbox;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.AuditTrail;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Removes, once an hour, the requests from the public form that nobody confirmed in time, with the
 * mail that asked for it: they were never received, and what an unproven sender wrote is not kept
 * (the audit trail keeps the number and that it was removed).
 */
@Singleton
@Startup
@PermitAll
public class UnconfirmedRequests {

  private static final Logger LOG = Logger.getLogger(UnconfirmedRequests.class.getName());
  private static final long EVERY_MILLIS = 3_600_000;

  @PersistenceContext private EntityManager em;
  @Resource private TimerService timers;
  @EJB private AuditTrail audit;
  @EJB private Outbox outbox;

  private final Clock clock = Clock.systemUTC();

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(60_000, EVERY_MILLIS, new TimerConfig("unconfirmed", false));
  }

  @Timeout
  void sweep() {
    try {
      removeExpired();
    } catch (RuntimeException e) {
      LOG.warning("Unconfirmed requests not removed this time: " + e);
    }
  }

  /** Removes every held request whose confirmation time ran out; answers how many. */
  public int removeExpired() {
    List<ServiceRequest> expired =
        em.createNamedQuery(ServiceRequest.FIND_UNCONFIRMED_BEFORE, ServiceRequest.class)
            .setParameter("held", RequestStatus.AWAITING_CONFIRMATION)
            .setParameter("before", Instant.now(clock))
            .setMaxResults(500)
            .getResultList();
    for (ServiceRequest request : expired) {
      outbox.forgetAbout(Notices.topic(request));
      em.remove(request);
      audit.recordAs(
          "system", "SR_UNCONFIRMED_REMOVED", "ServiceRequest", request.getNumber(), null);
    }
    return expired.size();
  }
}
