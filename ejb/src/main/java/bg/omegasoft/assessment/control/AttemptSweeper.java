package bg.omegasoft.assessment.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server's side of the deadline: every few seconds it submits the attempts whose deadline has
 * passed, even when nobody's browser is open any more. The timer is not persistent (each node runs
 * its own); each attempt is submitted under its row lock, so two nodes never submit one twice.
 */
@Startup
@Singleton
@PermitAll
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AttemptSweeper {

  /** How often the sweep runs. */
  public static final long INTERVAL_MILLIS = 5_000;

  private static final Logger LOG = Logger.getLogger(AttemptSweeper.class.getName());

  @Resource private TimerService timers;
  @EJB private OverdueAttempts overdue;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(
        INTERVAL_MILLIS, INTERVAL_MILLIS, new TimerConfig("attempt-deadlines", false));
  }

  @Timeout
  void sweep() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      List<Long> ids = overdue.ids();
      for (Long id : ids) {
        try {
          overdue.submit(id);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Overdue attempt " + id + " could not be submitted now", e);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Deadline sweep failed; next try in " + INTERVAL_MILLIS + " ms", e);
    } finally {
      running.set(false);
    }
  }
}
