package bg.omegasoft.operations.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.shared.boundary.BusinessException;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the nightly jobs once a night, as a batch operator: the invoice run for the day before,
 * then the maintenance jobs. The timer is persistent, in the database timer store that every node
 * shares, and is created at startup from the configured time (system property {@code
 * omex.nightly.time}, HH:mm in Europe/Sofia, default 02:00) unless the store already holds it.
 * Should two nodes starting at the same moment each create one, the invoice run's hold on its
 * billing date still lets only one run bill it, and the maintenance jobs are safe to repeat.
 */
@Singleton
@Startup
@RunAs(Roles.BATCH_OPERATOR)
@RolesAllowed({Roles.BATCH_OPERATOR, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlySchedule {

  public static final String TIME_PROPERTY = "omex.nightly.time";
  static final String TIMER = "nightly-jobs";

  /** The maintenance jobs started after the invoice run, each on its own. */
  public static final List<String> MAINTENANCE_JOBS =
      List.of(
          "express-breaches",
          "session-reminders",
          "overdue-reminders",
          "token-cleanup",
          "pdm-retention");

  private static final Logger LOG = Logger.getLogger(NightlySchedule.class.getName());

  @Resource private TimerService timers;
  @EJB private InvoiceRuns invoiceRuns;
  @EJB private Jobs jobs;

  @PostConstruct
  void start() {
    try {
      schedule();
    } catch (RuntimeException e) {
      // The timer store is the database: when it is down at start, the application must still
      // start (other beans wait for every startup bean), and the health deployment reloads the
      // server once the database is back, which schedules the timer then.
      LOG.log(Level.WARNING, "Nightly jobs not scheduled now: the timer store is unavailable", e);
    }
  }

  /**
   * Keeps the persistent timer that the database store already holds when it is set for the
   * configured time, so a node that starts (or restarts) beside others adds no second one; a timer
   * for another time, or a second one, is cancelled, and one is created when none is left.
   */
  private void schedule() {
    LocalTime at = configuredTime();
    boolean kept = false;
    for (Timer timer : timers.getTimers()) {
      if (TIMER.equals(timer.getInfo())) {
        if (!kept && setFor(timer.getSchedule(), at)) {
          kept = true;
        } else {
          timer.cancel();
        }
      }
    }
    if (kept) {
      LOG.info("Nightly jobs stay scheduled at " + at + " " + SofiaTime.ZONE);
      return;
    }
    ScheduleExpression nightly =
        new ScheduleExpression()
            .hour(at.getHour())
            .minute(at.getMinute())
            .second(0)
            .timezone(SofiaTime.ZONE.getId());
    timers.createCalendarTimer(nightly, new TimerConfig(TIMER, true));
    LOG.info("Nightly jobs scheduled at " + at + " " + SofiaTime.ZONE);
  }

  @Timeout
  void fire(Timer timer) {
    runFor(LocalDate.now(SofiaTime.ZONE).minusDays(1));
  }

  /**
   * Starts what the timer starts for a billing date; answers each job with its execution id, or
   * with why it was not started.
   */
  public Map<String, String> runFor(LocalDate billingDate) {
    Map<String, String> started = new LinkedHashMap<>();
    try {
      started.put(
          InvoiceRuns.JOB,
          Long.toString(invoiceRuns.start(new InvoiceRuns.Request(billingDate, false, null))));
    } catch (BusinessException e) {
      started.put(InvoiceRuns.JOB, "not started: " + e.messageKey());
      LOG.info("Nightly invoice run for " + billingDate + " not started: " + e.messageKey());
    } catch (RuntimeException e) {
      started.put(InvoiceRuns.JOB, "failed to start: " + e);
      LOG.log(Level.WARNING, "Nightly invoice run for " + billingDate + " failed to start", e);
    }
    for (String job : MAINTENANCE_JOBS) {
      try {
        started.put(job, Long.toString(jobs.start(job, new Properties())));
      } catch (RuntimeException e) {
        started.put(job, "failed to start: " + e);
        LOG.log(Level.WARNING, "Nightly job " + job + " failed to start", e);
      }
    }
    LOG.info("Nightly jobs for " + billingDate + ": " + started);
    return started;
  }

  /** When the nightly jobs start next, and whether that timer is persistent. */
  public NextRun nextRun() {
    return timers.getTimers().stream()
        .filter(t -> TIMER.equals(t.getInfo()))
        .findFirst()
        .map(t -> new NextRun(t.getNextTimeout().toInstant(), t.isPersistent()))
        .orElse(null);
  }

  /** The next start of the nightly jobs. */
  public record NextRun(Instant at, boolean persistent) implements Serializable {}

  private static boolean setFor(ScheduleExpression schedule, LocalTime at) {
    return String.valueOf(at.getHour()).equals(schedule.getHour())
        && String.valueOf(at.getMinute()).equals(schedule.getMinute())
        && SofiaTime.ZONE.getId().equals(schedule.getTimezone());
  }

  static LocalTime configuredTime() {
    String configured = System.getProperty(TIME_PROPERTY, "02:00");
    try {
      return LocalTime.parse(configured);
    } catch (RuntimeException e) {
      LOG.warning(
          "Ignoring " + TIME_PROPERTY + "=" + configured + "; the nightly jobs run at 02:00");
      return LocalTime.of(2, 0);
    }
  }
}
