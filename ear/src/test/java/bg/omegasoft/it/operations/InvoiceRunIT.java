package bg.omegasoft.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.AsOperator;
import bg.omegasoft.it.support.AsTrainee;
import bg.omegasoft.it.support.BillingData;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.operations.boundary.InvoiceRunExistsException;
import bg.omegasoft.operations.boundary.InvoiceRuns;
import bg.omegasoft.operations.boundary.JobStateException;
import bg.omegasoft.operations.boundary.Jobs;
import bg.omegasoft.operations.boundary.NightlySchedule;
import bg.omegasoft.operations.boundary.StepSummary;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The invoice run's guard and life cycle, started by a batch operator and by the nightly timer: one
 * real run per billing date (also when several start it at the same moment), dates in the future
 * refused, restart, stop and abandon by the rules of the job repository, the persistent nightly
 * timer, and the express-breach job it starts.
 */
@ExtendWith(ArquillianExtension.class)
class InvoiceRunIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(InvoiceRunIT.class);
  }

  @EJB InvoiceRuns invoiceRuns;
  @EJB Jobs jobs;
  @EJB NightlySchedule schedule;
  @EJB AsOperator asOperator;
  @EJB AsTrainee asTrainee;

  @PersistenceContext(unitName = "omex")
  EntityManager em;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource db;

  @Test
  void aRealRunHoldsItsBillingDateAndEndsAsBillingAllows() throws Exception {
    LocalDate date = Runs.freshDate();
    long first = asOperator.call(() -> invoiceRuns.start(real(date)));

    assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(asOperator, jobs, first));
    List<StepSummary> steps = asOperator.call(() -> jobs.steps(first));
    assertEquals(
        List.of("collect", "invoice", "deliver"), steps.stream().map(StepSummary::name).toList());

    InvoiceRunExistsException again =
        assertThrows(
            InvoiceRunExistsException.class,
            () -> asOperator.call(() -> invoiceRuns.start(real(date))));
    assertEquals(409, again.httpStatus());
    assertEquals(first, (long) asOperator.call(() -> invoiceRuns.runOf(date)).orElseThrow());
    assertEquals(
        1, Runs.count(em, "select count(*) from invoice_run where billing_date = ?", date));

    long dry = asOperator.call(() -> invoiceRuns.start(new InvoiceRuns.Request(date, true, 5)));
    assertNotEquals(first, dry, "a dry run may run while the date is held");
    Runs.awaitEnd(asOperator, jobs, dry);
  }

  @Test
  void severalStartsOfOneDateAtTheSameMomentMakeOneRun() throws Exception {
    LocalDate date = Runs.freshDate();
    int starters = 4;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(starters);
    List<Future<String>> outcomes = new ArrayList<>();
    for (int i = 0; i < starters; i++) {
      outcomes.add(
          pool.submit(
              () -> {
                go.await();
                try {
                  return "started " + asOperator.call(() -> invoiceRuns.start(real(date)));
                } catch (InvoiceRunExistsException e) {
                  return "refused";
                }
              }));
    }
    go.countDown();
    List<String> results = new ArrayList<>();
    for (Future<String> outcome : outcomes) {
      results.add(outcome.get());
    }
    pool.shutdown();

    assertEquals(
        1, results.stream().filter(r -> r.startsWith("started")).count(), results.toString());
    assertEquals(starters - 1, results.stream().filter("refused"::equals).count());
    long execution = asOperator.call(() -> invoiceRuns.runOf(date)).orElseThrow();
    assertTrue(results.contains("started " + execution));
    Runs.awaitEnd(asOperator, jobs, execution);
  }

  @Test
  void theNightlyTimerStartsNoSecondRunForAHeldDateButStillItsOtherJobs() throws Exception {
    LocalDate date = Runs.freshDate();
    long held = asOperator.call(() -> invoiceRuns.start(real(date)));
    Runs.awaitEnd(asOperator, jobs, held);
    int runsBefore = asOperator.call(() -> jobs.recent(InvoiceRuns.JOB, 10_000)).size();

    Map<String, String> started = asOperator.call(() -> schedule.runFor(date));

    assertEquals("not started: operations.invoiceRun.exists", started.get(InvoiceRuns.JOB));
    assertEquals(runsBefore, asOperator.call(() -> jobs.recent(InvoiceRuns.JOB, 10_000)).size());
    assertEquals(held, (long) asOperator.call(() -> invoiceRuns.runOf(date)).orElseThrow());
    long breaches = Long.parseLong(started.get("express-breaches"));
    assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(asOperator, jobs, breaches));
    assertTrue(
        asOperator.call(() -> jobs.steps(breaches)).get(0).exitStatus().startsWith("BREACHES "),
        "the step's exit status counts the breaches it recorded");
    for (String job :
        List.of("session-reminders", "overdue-reminders", "token-cleanup", "pdm-retention")) {
      assertEquals(
          BatchStatus.COMPLETED,
          Runs.awaitEnd(asOperator, jobs, Long.parseLong(started.get(job))),
          job);
    }
  }

  @Test
  void theNightlyTimerIsPersistentAndFiresAtTwoInTheMorningInSofia() {
    NightlySchedule.NextRun next = asOperator.call(() -> schedule.nextRun());

    assertTrue(next.persistent(), "in the database timer store");
    ZonedDateTime at = next.at().atZone(SofiaTime.ZONE);
    assertEquals(LocalTime.of(2, 0), at.toLocalTime());
    assertEquals(
        1,
        Runs.count(
            em,
            "select count(*) from JBOSS_EJB_TIMER where TIMED_OBJECT_ID like ? and INFO is not null",
            "%NightlySchedule%"),
        "one persistent timer row in the shared store");
  }

  @Test
  void anOperatorMovesTheNightlyStartAndTheOneTimerFollows() {
    try {
      NightlySchedule.NextRun moved = asOperator.call(() -> schedule.moveTo(LocalTime.of(3, 30)));

      assertTrue(moved.persistent());
      assertEquals(LocalTime.of(3, 30), moved.at().atZone(SofiaTime.ZONE).toLocalTime());
      assertEquals(LocalTime.of(3, 30), asOperator.call(() -> schedule.startTime()));
      assertEquals(
          1,
          Runs.count(
              em,
              "select count(*) from JBOSS_EJB_TIMER where TIMED_OBJECT_ID like ? and INFO is not"
                  + " null",
              "%NightlySchedule%"),
          "the timer was replaced, not added");
      assertEquals(
          1,
          Runs.count(
              em,
              "select count(*) from nightly_start where start_time = '03:30:00'"
                  + " and changed_by = ?",
              "operator"));
      InvalidInputException missing =
          assertThrows(
              InvalidInputException.class, () -> asOperator.call(() -> schedule.moveTo(null)));
      assertEquals("operations.nightlyStart.required", missing.messageKey());
      assertThrows(
          EJBAccessException.class,
          () -> asTrainee.call(() -> schedule.moveTo(LocalTime.of(4, 0))));
    } finally {
      asOperator.call(() -> schedule.moveTo(LocalTime.of(2, 0)));
    }
    assertEquals(
        LocalTime.of(2, 0),
        asOperator.call(() -> schedule.nextRun()).at().atZone(SofiaTime.ZONE).toLocalTime());
  }

  @Test
  void aBillingDateInTheFutureOrMissingIsRefused() {
    LocalDate tomorrow = LocalDate.now(SofiaTime.ZONE).plusDays(1);
    InvalidInputException future =
        assertThrows(
            InvalidInputException.class,
            () -> asOperator.call(() -> invoiceRuns.start(real(tomorrow))));
    assertEquals("operations.invoiceRun.billingDate.future", future.fieldKeys().get("billingDate"));
    assertThrows(
        InvalidInputException.class, () -> asOperator.call(() -> invoiceRuns.start(real(null))));
    assertThrows(
        InvalidInputException.class,
        () ->
            asOperator.call(
                () -> invoiceRuns.start(new InvoiceRuns.Request(Runs.freshDate(), true, 0))));
    InvalidInputException parts =
        assertThrows(
            InvalidInputException.class,
            () ->
                asOperator.call(
                    () ->
                        invoiceRuns.start(
                            new InvoiceRuns.Request(Runs.freshDate(), true, null, 5))));
    assertEquals(
        "operations.invoiceRun.deliveryPartitions.range",
        parts.fieldKeys().get("deliveryPartitions"));
  }

  @Test
  void aFailedRunIsRestartedOnlyFromItsLatestExecutionAndStopsOnlyWhileRunning() throws Exception {
    LocalDate date = LocalDate.of(2026, 9, 15);
    work().remote(work().client("Рестарт"), date, 30);
    long first =
        Runs.failed(asOperator, invoiceRuns, jobs, RunFault.inInvoiceStep(db, date, 1, 1), 1);
    assertEquals(BatchStatus.FAILED, Runs.awaitEnd(asOperator, jobs, first));

    JobStateException notRunning =
        assertThrows(JobStateException.class, () -> asOperator.call(() -> stop(first)));
    assertEquals("operations.job.notRunning", notRunning.messageKey());
    long second = asOperator.call(() -> jobs.restart(first));
    assertEquals(
        asOperator.call(() -> jobs.instanceOf(first)),
        asOperator.call(() -> jobs.instanceOf(second)),
        "a restart continues the same run");
    assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(asOperator, jobs, second));
    JobStateException older =
        assertThrows(JobStateException.class, () -> asOperator.call(() -> jobs.restart(first)));
    assertEquals("operations.job.notRestartable", older.messageKey());
    assertThrows(JobStateException.class, () -> asOperator.call(() -> jobs.restart(second)));
  }

  @Test
  void anAbandonedRunFreesItsBillingDate() throws Exception {
    LocalDate date = LocalDate.of(2026, 9, 16);
    long client = work().client("Изоставена");
    long item = work().remote(client, date, 45);
    long failed =
        Runs.failed(asOperator, invoiceRuns, jobs, RunFault.inInvoiceStep(db, date, 1, 1), 1);
    assertEquals(BatchStatus.FAILED, Runs.awaitEnd(asOperator, jobs, failed));
    assertThrows(
        InvoiceRunExistsException.class,
        () -> asOperator.call(() -> invoiceRuns.start(real(date))));

    asOperator.call(
        () -> {
          jobs.abandon(failed);
          return null;
        });
    assertEquals(
        BatchStatus.ABANDONED, asOperator.call(() -> jobs.execution(failed).getBatchStatus()));
    long fresh = asOperator.call(() -> invoiceRuns.start(real(date)));
    assertNotEquals(
        asOperator.call(() -> jobs.instanceOf(failed)),
        asOperator.call(() -> jobs.instanceOf(fresh)),
        "a new run, not a restart");
    assertEquals(fresh, (long) asOperator.call(() -> invoiceRuns.runOf(date)).orElseThrow());
    assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(asOperator, jobs, fresh));
    assertEquals(
        1,
        work().number("select count(*) from invoice_line where billable_item_id = ?", item),
        "billed once by the new run");
  }

  private Void stop(long executionId) {
    jobs.stop(executionId);
    return null;
  }

  private BillingData work() {
    return new BillingData(db);
  }

  @Test
  void onlyBatchOperatorsStartRuns() {
    assertThrows(
        EJBAccessException.class,
        () -> asTrainee.call(() -> invoiceRuns.start(real(Runs.freshDate()))));
  }

  private static InvoiceRuns.Request real(LocalDate date) {
    return new InvoiceRuns.Request(date, false, null);
  }
}
