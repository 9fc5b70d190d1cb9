package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.servicedesk.control.ExpressAlarms;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Clock;
import java.time.Instant;

/**
 * The express clocks' warnings and breaches for the nightly jobs: the minute watch records them as
 * they fall due; the nightly sweep catches any the watch missed (a server that was down), before
 * the invoice run prices express work. Each is recorded once, whoever looks first.
 */
@Stateless
@RolesAllowed({Roles.BATCH_OPERATOR, Roles.ADMIN})
public class ExpressBreaches {

  @EJB private ExpressAlarms alarms;

  private final Clock clock = Clock.systemUTC();

  /** Records every breach that is due now; answers how many. */
  public int recordDue() {
    return recordDue(Instant.now(clock)).breached();
  }

  /** Gives every warning and records every breach due at the moment. */
  public ExpressAlarms.Sweep recordDue(Instant now) {
    return alarms.sweep(now);
  }
}
