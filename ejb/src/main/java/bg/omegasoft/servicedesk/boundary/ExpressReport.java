package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.servicedesk.entity.ExpressClock;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.servicedesk.entity.Transition;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;

/**
 * The express report: every express request received in a month (Europe/Sofia), met or breached,
 * for the desk and for finance (a breached promise is billed without the double price).
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.FINANCE})
public class ExpressReport {

  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  public ExpressMonth of(YearMonth month) {
    Instant from = month.atDay(1).atStartOfDay(SofiaTime.ZONE).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(SofiaTime.ZONE).toInstant();
    Instant now = Instant.now(clock);
    return new ExpressMonth(
        month,
        em.createQuery(
                "select r from ServiceRequest r where r.type = :type"
                    + " and r.express.dueAt is not null and r.receivedAt >= :from"
                    + " and r.receivedAt < :to order by r.receivedAt, r.id",
                ServiceRequest.class)
            .setParameter("type", RequestType.EXPRESS)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultStream()
            .map(r -> row(r, now))
            .toList());
  }

  private static ExpressMonth.Row row(ServiceRequest request, Instant now) {
    Transition start = request.firstStart();
    ExpressClock clock = request.expressClock();
    ExpressClock.State state =
        request.getExpressBreachedAt() != null ? ExpressClock.State.BREACHED : clock.stateAt(now);
    return new ExpressMonth.Row(
        request.getId(),
        request.getNumber(),
        request.getClient() != null ? request.getClient().getName() : request.getCompanyName(),
        request.getReceivedAt(),
        request.getExpressDueAt(),
        start == null ? null : start.getOccurredAt(),
        request.getConsultant() != null && start != null
            ? request.getConsultant().getFullName()
            : start == null ? null : start.getActor(),
        state,
        request.isExpressPriceApplicable());
  }
}
