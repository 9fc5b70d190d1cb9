package bg.omegasoft.health;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * When the server started while the database was down, the parts that keep their state in the
 * database (the batch job repository, and with it the application) could not start. Every few
 * seconds this checks the database; once it answers, the server reloads itself in the same process,
 * so the platform works again without anyone restarting it. Reloads are spaced out, so a fault that
 * a reload does not cure cannot make the server reload over and over.
 */
@ApplicationScoped
public class OutageRecovery {

  private static final Logger LOG = Logger.getLogger(OutageRecovery.class.getName());
  private static final long CHECK_SECONDS = 10;
  private static final Duration MIN_INTERVAL_BETWEEN_RELOADS = Duration.ofMinutes(5);

  /** System property (the JVM outlives a reload): when this process last reloaded for recovery. */
  private static final String LAST_RELOAD = "omex.recovery.lastReload";

  @Resource private ManagedScheduledExecutorService scheduler;
  @Inject private DatabaseProbe database;
  @Inject private ServerManagement server;

  private ScheduledFuture<?> checks;

  void start(@Observes @Initialized(ApplicationScoped.class) Object context) {
    checks =
        scheduler.scheduleWithFixedDelay(
            this::check, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (checks != null) {
      checks.cancel(false);
    }
  }

  void check() {
    if (!server.startedWithoutDatabase() || !database.reachable() || reloadedRecently()) {
      return;
    }
    LOG.warning("The database is back after an outage at server start: reloading the server");
    System.setProperty(LAST_RELOAD, Instant.now().toString());
    server.reload();
  }

  private static boolean reloadedRecently() {
    String last = System.getProperty(LAST_RELOAD);
    return last != null
        && Instant.parse(last).plus(MIN_INTERVAL_BETWEEN_RELOADS).isAfter(Instant.now());
  }
}
