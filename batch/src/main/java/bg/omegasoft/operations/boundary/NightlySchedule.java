package bg.omegasoft.operations.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.BusinessException;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Starts the nightly jobs once a night, as a batch operator: the invoice run for the day before,
 * then the maintenance jobs. The timer is persistent, in the database timer store that every node
 * shares. Its time (HH:mm in Europe/Sofia, 02:00 unless a batch operator moved it) is kept in the
 * table {@code nightly_start}; at startup the timer is created from it unless the store already
 * holds it. Should two nodes starting at the same moment each create one, the invoice run's hold on
 * its billing date still lets only one run bill it, and the maintenance jobs are safe to repeat. It
 * starts after the schema migrations, since it reads its time from the database.
 */
@Singleton
@Startup
@DependsOn("omex-ejb.jar#SchemaMigrations")
@RunAs(Roles.BATCH_OPERATOR)
@RolesAllowed({Roles.BATCH_OPERATOR, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlySchedule {

  static final String TIMER = "nightly-jobs";

  /** The maintenance jobs started after the invoice run, each on its own. */
  public static final List<String> MAINTENANCE_JOBS =
      List.of(
          "express-breaches",
          "session-reminders",
          "overdue-reminders",
          "token-cleanup",
          "pdm-retention");

  private static final LocalTime DEFAULT_START = LocalTime.of(2, 0);

  private static final Logger LOG = Logger.getLogger(NightlySchedule.class.getName());

  @Resource private TimerService timers;
  @Resource private SessionContext session;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  private DataSource dataSource;

  @EJB private InvoiceRuns invoiceRuns;
  @EJB private Jobs jobs;
  @EJB private AuditTrail audit;

  @PostConstruct
  void start() {
    try {
      schedule();
    } catch (RuntimeException e) {
      // The timer store is the database: when it is down at start, the application must still
      // start (other beans wait for every startup bean), and the health deployment reloads the
      // server once the database is back, which schedules the timer then.
      LOG.log(
          Level.WARNING,
          "Nightly jobs not scheduled now: the database (also the timer store) is unavailable",
          e);
    }
  }

  /**
   * Keeps the persistent timer that the database store already holds when it is set for the
   * configured time, so a node that starts (or restarts) beside others adds no second one; a timer
   * for another time, or a second one, is cancelled, and one is created when none is left.
   */
  private void schedule() {
    LocalTime at = startTime();
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
    createTimer(at);
  }

  private Timer createTimer(LocalTime at) {
    ScheduleExpression nightly =
        new ScheduleExpression()
            .hour(at.getHour())
            .minute(at.getMinute())
            .second(0)
            .timezone(SofiaTime.ZONE.getId());
    Timer timer = timers.createCalendarTimer(nightly, new TimerConfig(TIMER, true));
    LOG.info("Nightly jobs scheduled at " + at + " " + SofiaTime.ZONE);
    return timer;
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

  /** When the nightly jobs start, in Sofia time. */
  public LocalTime startTime() {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT start_time FROM nightly_start WHERE id = 1")) {
      return rs.next() ? rs.getTime(1).toLocalTime() : DEFAULT_START;
    } catch (SQLException e) {
      throw new IllegalStateException("The nightly start time could not be read", e);
    }
  }

  /**
   * Moves the nightly start to another time of day (whole minutes, Sofia time): the time is kept,
   * audited, and the persistent timer replaced, all in one transaction.
   *
   * @return the next start
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public NextRun moveTo(LocalTime at) {
    if (at == null) {
      throw new InvalidInputException("startTime", "operations.nightlyStart.required");
    }
    LocalTime start = at.truncatedTo(ChronoUnit.MINUTES);
    String by = session.getCallerPrincipal().getName();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE nightly_start SET start_time = ?, changed_by = ?, changed_at = ?"
                    + " WHERE id = 1")) {
      ps.setTime(1, Time.valueOf(start));
      ps.setString(2, by);
      ps.setTimestamp(3, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("The nightly start time could not be kept", e);
    }
    audit.recordAs(by, "NIGHTLY_START_MOVED", "NightlySchedule", null, start.toString());
    for (Timer timer : timers.getTimers()) {
      if (TIMER.equals(timer.getInfo())) {
        timer.cancel();
      }
    }
    Timer timer = createTimer(start);
    return new NextRun(timer.getNextTimeout().toInstant(), timer.isPersistent());
  }
}
