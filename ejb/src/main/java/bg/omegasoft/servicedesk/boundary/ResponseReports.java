package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.contracts.boundary.ResponseTerms;
import bg.omegasoft.contracts.entity.Contract;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.organisation.boundary.BusinessCalendar;
import bg.omegasoft.organisation.entity.WorkingCalendar;
import bg.omegasoft.servicedesk.control.ResponseClocks;
import bg.omegasoft.servicedesk.entity.ResponseClock;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contract response clocks for staff: a request's clock, the clocks of a list, and the monthly
 * report per contract of the terms kept and broken.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class ResponseReports {

  @PersistenceContext private EntityManager em;
  @EJB private ResponseTerms terms;
  @EJB private ResponseClocks clocks;
  @EJB private BusinessCalendar calendar;

  private final Clock clock = Clock.systemUTC();

  public Optional<ResponseClock> clockOf(ServiceRequest request) {
    return clocks.of(request, calendar.calendar(), Instant.now(clock));
  }

  /** The clocks of the requests that have one, by request id. */
  public Map<Long, ResponseClock> clocksOf(List<ServiceRequest> requests) {
    WorkingCalendar businessCalendar = calendar.calendar();
    Instant now = Instant.now(clock);
    Map<Long, ResponseClock> found = new HashMap<>();
    for (ServiceRequest request : requests) {
      clocks.of(request, businessCalendar, now).ifPresent(c -> found.put(request.getId(), c));
    }
    return found;
  }

  /** The contracts ever concluded, to choose one for the report. */
  public List<Contract> contracts() {
    return terms.concluded();
  }

  /** The requests of the contract's client received in the month, each with its clock. */
  public Report report(long contractId, YearMonth month) {
    return report(contractId, month, Instant.now(clock));
  }

  /** As {@link #report(long, YearMonth)}, the running clocks as of the given moment. */
  public Report report(long contractId, YearMonth month, Instant now) {
    Contract contract = terms.find(contractId);
    Instant from = month.atDay(1).atStartOfDay(SofiaTime.ZONE).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(SofiaTime.ZONE).toInstant();
    WorkingCalendar businessCalendar = calendar.calendar();
    List<Row> rows =
        em
            .createQuery(
                "select r from ServiceRequest r where r.client.id = :client"
                    + " and r.receivedAt >= :from and r.receivedAt < :to order by r.receivedAt",
                ServiceRequest.class)
            .setParameter("client", contract.getClient().getId())
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList()
            .stream()
            .map(r -> new Row(r, clocks.of(r, businessCalendar, now).orElse(null)))
            .toList();
    return new Report(contract, month, rows);
  }

  /** A request and its clock (null when its contract set no response term then). */
  public record Row(ServiceRequest request, ResponseClock clock) {}

  /** The month's requests of a contract and how many kept and broke the response term. */
  public record Report(Contract contract, YearMonth month, List<Row> rows) {

    public long getWithClock() {
      return rows.stream().filter(r -> r.clock() != null).count();
    }

    public long getKept() {
      return rows.stream().filter(r -> r.clock() != null && r.clock().isKept()).count();
    }

    public long getBroken() {
      return rows.stream().filter(r -> r.clock() != null && r.clock().isBreached()).count();
    }

    public long getRunning() {
      return getWithClock() - getKept() - getBroken();
    }
  }
}
