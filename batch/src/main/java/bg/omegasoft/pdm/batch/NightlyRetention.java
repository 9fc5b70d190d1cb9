package bg.omegasoft.pdm.batch;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.operations.boundary.Jobs;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts the {@code pdm-retention} job every night at 03:00 (server time), as a batch operator. The
 * timer is not persistent: each node has its own, and a run missed while the server was down is not
 * caught up (the next night's run expires everything due by then). A cluster should move to a
 * persistent timer in the shared database store, so it fires once.
 */
@Singleton
@PermitAll
@RunAs(Roles.BATCH_OPERATOR)
public class NightlyRetention {

  public static final String JOB = "pdm-retention";
  private static final Logger LOG = Logger.getLogger(NightlyRetention.class.getName());

  @EJB private Jobs jobs;

  @Schedule(hour = "3", minute = "0", second = "0", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void startTonightsRun() {
    long execution = jobs.start(JOB, new Properties());
    LOG.info("Started the nightly PDM retention job, execution " + execution);
  }
}
