package bg.omegasoft.servicedesk.control;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.messaging.boundary.Letter;
import bg.omegasoft.messaging.boundary.Outbox;
import bg.omegasoft.servicedesk.entity.ExpressClock;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.Notice;
import bg.omegasoft.shared.control.PublicAddress;
import bg.omegasoft.shared.control.Settings;
import bg.omegasoft.shared.control.SofiaTime;
import bg.omegasoft.shared.entity.InstantConverter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The express clocks' alarms at a moment: the warning before a breach (at {@code
 * omex.express.warnAfterHours}) and the breach itself. Each is claimed by a conditional update of
 * the request's row (only while not yet given), so with two servers watching at once exactly one of
 * them records it: the audit row, the {@link Notice} to the staff and the one e-mail to the
 * dispatch address ({@code omex.express.alertTo}, else the desk's own sender address), which the
 * dispatcher gets even if nobody chose mail for notices.
 */
@Stateless
@PermitAll
public class ExpressAlarms {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final String AUDIT_SUBJECT = "ServiceRequest";

  @PersistenceContext private EntityManager em;
  @EJB private Outbox outbox;
  @EJB private AuditTrail audit;
  @Inject private Event<Notice> notices;

  /** What one look at the clocks found. */
  public record Sweep(int warned, int breached) {}

  /** Gives every warning and records every breach due at the moment. */
  public Sweep sweep(Instant now) {
    Duration warnAfter = ExpressClock.warnAfter();
    List<ServiceRequest> running =
        em.createNamedQuery(ServiceRequest.FIND_RUNNING_EXPRESS, ServiceRequest.class)
            .setParameter("type", RequestType.EXPRESS)
            .setParameter(
                "open", List.of(RequestStatus.NEW, RequestStatus.TRIAGED, RequestStatus.SCHEDULED))
            .getResultList();
    int warned = 0;
    int breached = 0;
    for (ServiceRequest request : running) {
      if (request.isExpressBreachDue(now)) {
        if (claim("express_breached_at", request, now)) {
          alarm(request, Notice.Kind.CLOCK_BREACHED, "servicedesk.expressBreached", "breach");
          breached++;
        }
      } else if (request.isExpressWarningDue(now, warnAfter)
          && claim("express_warned_at", request, now)) {
        alarm(request, Notice.Kind.CLOCK_WARNING, "servicedesk.expressWarning", "warning");
        warned++;
      }
    }
    return new Sweep(warned, breached);
  }

  /**
   * Sets the moment (a column of the request's row, UTC as {@link InstantConverter} keeps it) only
   * while it is still empty and the clock still runs; answers whether this call set it (a second
   * server's update waits for the row and then finds it set).
   */
  private boolean claim(String column, ServiceRequest request, Instant now) {
    return em.createNativeQuery(
                "update service_request set "
                    + column
                    + " = ?, version = version + 1 where id = ? and "
                    + column
                    + " is null and express_met_at is null and express_breached_at is null")
            .setParameter(1, new InstantConverter().convertToDatabaseColumn(now))
            .setParameter(2, request.getId())
            .executeUpdate()
        == 1;
  }

  private void alarm(ServiceRequest request, Notice.Kind kind, String key, String event) {
    String company =
        request.getClient() != null ? request.getClient().getName() : request.getCompanyName();
    String due = WHEN.format(request.getExpressDueAt().atZone(SofiaTime.ZONE));
    String link = "/servicedesk/request.xhtml?id=" + request.getId();
    String dedupKey = "express-" + event + ":" + request.getNumber();
    audit.recordAs(
        "system",
        kind == Notice.Kind.CLOCK_BREACHED ? "SR_EXPRESS_BREACHED" : "SR_EXPRESS_WARNED",
        AUDIT_SUBJECT,
        request.getNumber(),
        "due " + due);
    List<String> arguments = List.of(request.getNumber(), company == null ? "—" : company, due);
    notices.fire(
        new Notice(kind, Notice.Audience.role(Roles.STAFF), key, arguments, link, dedupKey));
    outbox.queue(
        Letter.to(alertTo())
            .template(key, request.getNumber(), arguments.get(1), due, PublicAddress.url() + link)
            .once(dedupKey));
  }

  /** The dispatch address: {@code omex.express.alertTo}, else the desk's own sender address. */
  private String alertTo() {
    String to = Settings.of("omex.express.alertTo", "OMEX_EXPRESS_ALERT_TO");
    return to == null || to.isBlank() ? outbox.sender() : to.strip();
  }
}
