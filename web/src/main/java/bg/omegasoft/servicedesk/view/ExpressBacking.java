package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.WorkLists;
import bg.omegasoft.servicedesk.entity.ExpressClock;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * servicedesk/express.xhtml: the running express clocks (24 hours from receipt to a specialist at
 * work), earliest deadline first, with the warning (omex.express.warnAfterHours) and the breaches.
 */
@Named
@RequestScoped
public class ExpressBacking {

  @EJB private WorkLists workLists;

  private List<Row> rows;

  @PostConstruct
  void load() {
    Instant now = Instant.now();
    rows =
        workLists.runningExpress().stream()
            .map(
                r -> {
                  ExpressClock clock = r.expressClock();
                  return new Row(
                      r,
                      clock.stateAt(now),
                      Math.min(100, Math.round(clock.shareUsedAt(now) * 100)),
                      clock.remainingAt(now));
                })
            .toList();
  }

  public List<Row> getRows() {
    return rows;
  }

  /** One running clock. */
  public record Row(
      ServiceRequest request, ExpressClock.State state, long percentUsed, Duration remaining) {

    /** Time left (or overdue) as h:mm. */
    public String getLeft() {
      long minutes = Math.abs(remaining.toMinutes());
      return (remaining.isNegative() ? "−" : "")
          + minutes / 60
          + ":"
          + String.format("%02d", minutes % 60);
    }
  }
}
