package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.servicedesk.control.ExpressWatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/**
 * The express clocks' breaches for the nightly jobs: the minute watch records them as they fall
 * due; the nightly sweep catches any the watch missed (a server that was down), before the invoice
 * run prices express work.
 */
@Stateless
@RolesAllowed({Roles.BATCH_OPERATOR, Roles.ADMIN})
public class ExpressBreaches {

  @EJB private ExpressWatch watch;

  /** Records every breach that is due; answers how many. */
  public int recordDue() {
    return watch.recordBreaches();
  }
}
