package bg.omegasoft.servicedesk.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Watches the express clocks once a minute: the warning before a breach and the breach when 24
 * hours passed without a specialist starting (billing then charges no double price for that
 * request). {@link ExpressAlarms} gives each exactly once, also when another server watches too.
 */
@Singleton
@Startup
@PermitAll
public class ExpressWatch {

  private static final Logger LOG = Logger.getLogger(ExpressWatch.class.getName());
  private static final long EVERY_MILLIS = 60_000;

  @Resource private TimerService timers;
  @EJB private ExpressAlarms alarms;

  private final Clock clock = Clock.systemUTC();

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(EVERY_MILLIS, EVERY_MILLIS, new TimerConfig("express", false));
  }

  @Timeout
  void check() {
    try {
      alarms.sweep(Instant.now(clock));
    } catch (RuntimeException e) {
      LOG.warning("Express clocks not checked this time: " + e);
    }
  }

  /** Gives the warnings and records the breaches due now; answers how many breaches. */
  public int recordBreaches() {
    return alarms.sweep(Instant.now(clock)).breached();
  }
}
