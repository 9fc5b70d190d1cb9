package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.ResponseReports;
import bg.omegasoft.servicedesk.entity.ResponseClock;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The contract response clock of a request, for the staff's request page and list; asked once per
 * request and page view.
 */
@Named
@RequestScoped
public class ResponseClockView {

  @EJB private ResponseReports reports;

  private final Map<Long, Optional<ResponseClock>> known = new HashMap<>();

  /** The request's clock, or null when its client's contract sets no response term. */
  public ResponseClock of(ServiceRequest request) {
    if (request == null || request.getId() == null) {
      return null;
    }
    return known.computeIfAbsent(request.getId(), id -> reports.clockOf(request)).orElse(null);
  }
}
