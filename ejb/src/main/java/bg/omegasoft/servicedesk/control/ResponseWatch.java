package bg.omegasoft.servicedesk.control;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.organisation.boundary.BusinessCalendar;
import bg.omegasoft.organisation.entity.WorkingCalendar;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.ResponseAlert;
import bg.omegasoft.servicedesk.entity.ResponseClock;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.Notice;
import bg.omegasoft.shared.control.SofiaTime;
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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Watches the contract response clocks once a minute: a notice to the consultant of the request (or
 * to all staff) when four fifths of the term are used, and another when the term is broken, each
 * once per request.
 */
@Singleton
@Startup
@PermitAll
public class ResponseWatch {

  private static final Logger LOG = Logger.getLogger(ResponseWatch.class.getName());
  private static final long EVERY_MILLIS = 60_000;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  @PersistenceContext private EntityManager em;
  @Resource private TimerService timers;
  @EJB private AuditTrail audit;
  @EJB private BusinessCalendar calendar;
  @EJB private ResponseClocks clocks;
  @Inject private Event<Notice> notices;

  private final Clock clock = Clock.systemUTC();

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(EVERY_MILLIS, EVERY_MILLIS, new TimerConfig("response", false));
  }

  @Timeout
  void check() {
    try {
      tell(Instant.now(clock));
    } catch (RuntimeException e) {
      LOG.warning("Response clocks not checked this time: " + e);
    }
  }

  /** Tells each warning and breach that is due and not told yet; answers how many were told. */
  public int tell(Instant now) {
    WorkingCalendar businessCalendar = calendar.calendar();
    List<ServiceRequest> waiting =
        em.createQuery(
                "select r from ServiceRequest r where r.status = :new and r.client is not null",
                ServiceRequest.class)
            .setParameter("new", RequestStatus.NEW)
            .getResultList();
    int told = 0;
    for (ServiceRequest request : waiting) {
      Optional<ResponseClock> running = clocks.of(request, businessCalendar, now);
      if (running.isPresent() && tell(request, running.get(), now)) {
        told++;
      }
    }
    return told;
  }

  private boolean tell(ServiceRequest request, ResponseClock clock, Instant now) {
    if (clock.state() != ResponseClock.State.WARNING
        && clock.state() != ResponseClock.State.BREACHED) {
      return false;
    }
    ResponseAlert alert = em.find(ResponseAlert.class, request.getId());
    if (alert == null) {
      alert = new ResponseAlert(request.getId());
      em.persist(alert);
    }
    boolean breached = clock.isBreached();
    if (!(breached ? alert.breach(now) : alert.warn(now))) {
      return false;
    }
    String due = WHEN.format(clock.dueAt().atZone(SofiaTime.ZONE));
    notices.fire(
        new Notice(
            breached ? Notice.Kind.CLOCK_BREACHED : Notice.Kind.CLOCK_WARNING,
            request.getConsultant() == null
                ? Notice.Audience.role(Roles.STAFF)
                : Notice.Audience.users(List.of(request.getConsultant().getId())),
            breached ? "clock.response.breached" : "clock.response.warning",
            List.of(request.getNumber(), request.getClient().getName(), due),
            "/servicedesk/request.xhtml?id=" + request.getId(),
            (breached ? "response-breached:" : "response-warning:") + request.getNumber()));
    audit.recordAs(
        "system",
        breached ? "SR_RESPONSE_BREACHED" : "SR_RESPONSE_WARNED",
        "ServiceRequest",
        request.getNumber(),
        due);
    return true;
  }
}
