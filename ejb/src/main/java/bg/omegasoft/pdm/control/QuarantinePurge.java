package bg.omegasoft.pdm.control;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.pdm.boundary.Quarantine;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every night the e-mail quarantine loses the files whose short retention ended. Every server of a
 * cluster runs it: a file already expired by another is skipped, and a race between two ends with
 * one of them rolled back.
 */
@Singleton
@PermitAll
@RunAs(Roles.BATCH_OPERATOR)
public class QuarantinePurge {

  private static final Logger LOG = Logger.getLogger(QuarantinePurge.class.getName());

  @EJB private Quarantine quarantine;

  @Schedule(hour = "3", minute = "40", timezone = "Europe/Sofia", persistent = false)
  void purge() {
    try {
      int expired = quarantine.purge(Instant.now());
      LOG.info(() -> "E-mail quarantine: files expired: " + expired);
    } catch (RuntimeException e) {
      LOG.warning("E-mail quarantine not purged this time (another server may have): " + e);
    }
  }
}
