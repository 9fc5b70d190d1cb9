package bg.omegasoft.servicedesk.control;

import bg.omegasoft.contracts.boundary.ResponseTerms;
import bg.omegasoft.organisation.entity.TimeSpan;
import bg.omegasoft.organisation.entity.WorkingCalendar;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.ResponseClock;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.servicedesk.entity.Transition;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The contract response clock of a request: the term of the client's contract in force on the day
 * of receipt, the first response (the request leaves "new": triaged, or cancelled), and the times
 * it waited for the client. A request of a client without such a contract has no clock.
 */
@Stateless
@PermitAll
public class ResponseClocks {

  @EJB private ResponseTerms terms;
  @EJB private Conversation conversation;

  /** The request's clock as of now, if its client's contract sets a response term. */
  public Optional<ResponseClock> of(ServiceRequest request, WorkingCalendar calendar, Instant now) {
    if (request.getClient() == null || request.getStatus() == RequestStatus.AWAITING_CONFIRMATION) {
      return Optional.empty();
    }
    Instant start = startOf(request);
    return terms
        .on(request.getClient().getId(), start.atZone(SofiaTime.ZONE).toLocalDate())
        .map(
            term ->
                ResponseClock.of(
                    start,
                    respondedAt(request),
                    term.time(),
                    pausesOf(request, now),
                    calendar,
                    now));
  }

  /**
   * The times the request waited for the client (a staff reply marked as waiting for the client's
   * answer, until the client answered), during which its clock stands still; a wait still open
   * lasts until now.
   */
  public List<TimeSpan> pausesOf(ServiceRequest request, Instant now) {
    return conversation.waits(request.getId()).stream()
        .filter(wait -> !wait.from().isAfter(now))
        .map(wait -> new TimeSpan(wait.from(), wait.to() == null ? now : wait.to()))
        .toList();
  }

  /**
   * When the clock starts: at receipt, or for a request held for confirmation at its confirmation.
   */
  static Instant startOf(ServiceRequest request) {
    Instant confirmed = request.getConfirmedAt();
    return confirmed != null && confirmed.isAfter(request.getReceivedAt())
        ? confirmed
        : request.getReceivedAt();
  }

  /** The first response: the moment the request left "new". */
  static Instant respondedAt(ServiceRequest request) {
    return request.getTransitions().stream()
        .filter(t -> t.getFrom() == RequestStatus.NEW)
        .map(Transition::getOccurredAt)
        .min(Instant::compareTo)
        .orElse(null);
  }
}
