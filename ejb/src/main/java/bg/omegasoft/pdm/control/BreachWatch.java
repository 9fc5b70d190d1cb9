package bg.omegasoft.pdm.control;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.pdm.boundary.Breaches;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every ten minutes: breaches 48 hours old and not yet notified to the supervisory authority warn
 * the ADMINs, once each. Every server of a cluster runs it; the breach remembers its warning
 * (version column), so two servers racing end with one rolled back and one notice.
 */
@Singleton
@PermitAll
@RunAs(Roles.BATCH_OPERATOR)
public class BreachWatch {

  private static final Logger LOG = Logger.getLogger(BreachWatch.class.getName());

  @EJB private Breaches breaches;

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  void check() {
    try {
      breaches.warn(Instant.now());
    } catch (RuntimeException e) {
      LOG.warning("Breach clocks not checked this time: " + e);
    }
  }
}
