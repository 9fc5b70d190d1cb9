package bg.omegasoft.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.AsOperator;
import bg.omegasoft.it.support.BillingData;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.operations.boundary.InvoiceRunExistsException;
import bg.omegasoft.operations.boundary.InvoiceRuns;
import bg.omegasoft.operations.boundary.Jobs;
import bg.omegasoft.operations.boundary.RunRecords;
import bg.omegasoft.operations.boundary.RunSummary;
import bg.omegasoft.operations.boundary.StepSummary;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The invoice run with billing: a second run of a date bills nothing new; a run whose writer fails
 * after a committed chunk and is restarted ends with the same invoices and totals as an
 * uninterrupted run of a copy of the same data, with contiguous numbers and every item on one line;
 * an item without its agreed amount is skipped with billing's reason and billed by the next run
 * once the amount is there; a dry run issues nothing.
 */
@ExtendWith(ArquillianExtension.class)
class InvoiceRunBillingIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(InvoiceRunBillingIT.class);
  }

  @EJB InvoiceRuns invoiceRuns;
  @EJB Jobs jobs;
  @EJB RunRecords records;
  @EJB AsOperator asOperator;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource db;

  @Test
  void aSecondRunBillsNothingNew() throws Exception {
    LocalDate day = LocalDate.of(2026, 10, 5);
    long client = client("Идемпотентна");
    List<Long> items = List.of(remote(client, day, 30), remote(client, day, 45));

    long first = run(day, false, null);
    assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(asOperator, jobs, first));
    assertEquals(1, number("select count(*) from invoice where client_id = ?", client));
    assertEquals(2, linesOf(items));
    assertEquals(
        3,
        number(
            "select count(*) from invoice_document d join invoice i on i.id = d.invoice_id"
                + " where i.client_id = ? and i.run_date = ? and d.kind in ('PDF', 'XML', 'MAILED')",
            client,
            day),
        "the delivery step rendered the PDF and the UBL XML and queued the e-mail");

    assertThrows(InvoiceRunExistsException.class, () -> run(day, false, null));
    long next = run(day.plusDays(1), false, null);
    assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(asOperator, jobs, next));
    assertEquals(1, number("select count(*) from invoice where client_id = ?", client));
    assertEquals(2, linesOf(items));
  }

  @Test
  void aRestartedRunEndsLikeAnUninterruptedOne() throws Exception {
    LocalDate uninterruptedDay = LocalDate.of(2026, 10, 12);
    LocalDate restartedDay = LocalDate.of(2026, 10, 13);
    int[][] work = {{30, 60}, {15}, {90, 10, 20}, {45}, {120}, {5, 5}, {75}};
    List<Long> original = new ArrayList<>();
    List<Long> copy = new ArrayList<>();
    List<Long> copyItems = new ArrayList<>();
    for (int[] minutes : work) {
      long a = client("Непрекъснат");
      for (int m : minutes) {
        remote(a, uninterruptedDay, m);
      }
      original.add(a);
    }
    long whole =
        asOperator.call(
            () -> invoiceRuns.start(new InvoiceRuns.Request(uninterruptedDay, false, 2, 1)));
    assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(asOperator, jobs, whole));
    for (int[] minutes : work) {
      long b = client("Рестартиран");
      for (int m : minutes) {
        copyItems.add(remote(b, restartedDay, m));
      }
      copy.add(b);
    }
    long before = number("select last_number from invoice_counter where issuer = 'OMEX'");

    long failed =
        Runs.failed(
            asOperator, invoiceRuns, jobs, RunFault.inInvoiceStep(db, restartedDay, 2, 2), 2);
    assertEquals(BatchStatus.FAILED, Runs.awaitEnd(asOperator, jobs, failed));
    long afterFailure = number("select last_number from invoice_counter where issuer = 'OMEX'");
    assertEquals(
        afterFailure - before,
        number(
            "select count(*) from invoice where issue_date is not null and number > ?",
            String.format("%010d", before)),
        "the failed chunk left neither an invoice nor a used number");
    long restarted = asOperator.call(() -> jobs.restart(failed));
    assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(asOperator, jobs, restarted));

    for (int i = 0; i < work.length; i++) {
      assertEquals(
          invoiceOf(original.get(i)), invoiceOf(copy.get(i)), "client " + i + " billed alike");
    }
    long after = number("select last_number from invoice_counter where issuer = 'OMEX'");
    assertEquals(
        after - before,
        number("select count(*) from invoice where number > ?", String.format("%010d", before)),
        "no gaps");
    assertEquals(copyItems.size(), linesOf(copyItems), "every item on exactly one line");
    RunSummary summary =
        asOperator.call(() -> records.summaries(100)).stream()
            .filter(s -> s.billingDate().equals(restartedDay))
            .findFirst()
            .orElseThrow();
    assertEquals("COMPLETED", summary.status());
    assertTrue(summary.tally().invoices() >= work.length, summary.toString());
  }

  @Test
  void aRunWhoseDeliveryFailsIsRestartedAndDeliversEveryInvoiceOnce() throws Exception {
    LocalDate day = LocalDate.of(2026, 10, 15);
    List<Long> clients = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long client = client("Доставка");
      remote(client, day, 30 + i);
      clients.add(client);
    }
    String ofTheRun =
        "select count(*) from invoice_document d join invoice i on i.id = d.invoice_id";

    long failed = Runs.failed(asOperator, invoiceRuns, jobs, RunFault.inDeliverStep(db, day), 2);
    assertEquals(BatchStatus.FAILED, Runs.awaitEnd(asOperator, jobs, failed));
    assertEquals(5, number("select count(*) from invoice where run_date = ?", day));
    assertEquals(
        0,
        number(ofTheRun + " where i.run_date = ? and d.kind = 'MAILED'", day),
        "the failed delivery chunks left no document behind");

    long restarted = asOperator.call(() -> jobs.restart(failed));
    assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(asOperator, jobs, restarted));
    for (long client : clients) {
      assertEquals(
          3,
          number(
              ofTheRun + " where i.client_id = ? and d.kind in ('PDF', 'XML', 'MAILED')", client),
          "client " + client + ": its invoice rendered and e-mailed once");
    }
    assertEquals(5, number("select count(*) from invoice where run_date = ?", day));
    long instance = asOperator.call(() -> jobs.instanceOf(restarted));
    assertEquals(
        100, asOperator.call(() -> records.progress(instance, "invoice")).orElseThrow().percent());
  }

  @Test
  void anItemWithoutItsAmountIsSkippedAndBilledOnceTheAmountIsThere() throws Exception {
    LocalDate day = LocalDate.of(2026, 10, 20);
    long client = client("Пропусната");
    long priced = remote(client, day, 30);
    long unpriced = item(client, "INDIVIDUAL_TRAINING", day, 0, null);

    long first = run(day, false, null);
    assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(asOperator, jobs, first));
    assertEquals(1, linesOf(List.of(priced)));
    assertEquals(0, linesOf(List.of(unpriced)));
    assertTrue(
        asOperator.call(() -> invoiceRuns.skippedOn(day)).stream()
            .anyMatch(s -> s.billableItemId() == unpriced && s.reason().startsWith("Липсва")));
    RunSummary summary =
        asOperator.call(() -> records.summaries(100)).stream()
            .filter(s -> s.billingDate().equals(day))
            .findFirst()
            .orElseThrow();
    assertTrue(summary.tally().skipped() >= 1, summary.toString());

    update("update billable_item set amount = 480.00 where id = ?", unpriced);
    long next = run(day.plusDays(1), false, null);
    assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(asOperator, jobs, next));
    assertEquals(1, linesOf(List.of(unpriced)), "billed once the amount is there");
    assertEquals(2, number("select count(*) from invoice where client_id = ?", client));
  }

  @Test
  void aDryRunIssuesNothingAndRecordsWhatWouldBeInvoiced() throws Exception {
    LocalDate day = LocalDate.of(2026, 10, 27);
    long client = client("Пробна");
    long item = remote(client, day, 60);
    long before = number("select last_number from invoice_counter where issuer = 'OMEX'");

    long dry = run(day, true, null);
    assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(asOperator, jobs, dry));
    assertEquals(before, number("select last_number from invoice_counter where issuer = 'OMEX'"));
    assertEquals(0, linesOf(List.of(item)));
    List<StepSummary> steps = asOperator.call(() -> jobs.steps(dry));
    assertTrue(steps.get(1).read() >= 1, steps.toString());
    long instance = asOperator.call(() -> jobs.instanceOf(dry));
    RunSummary summary =
        asOperator.call(() -> records.summaries(100)).stream()
            .filter(s -> s.instanceId() == instance)
            .findFirst()
            .orElseThrow();
    assertTrue(summary.dryRun());
    assertTrue(summary.tally().invoices() >= 1);
    assertEquals(
        100, asOperator.call(() -> records.progress(instance, "invoice")).orElseThrow().percent());
  }

  private long run(LocalDate day, boolean dryRun, Integer itemCount) {
    return asOperator.call(
        () -> invoiceRuns.start(new InvoiceRuns.Request(day, dryRun, itemCount)));
  }

  /** The client's invoice as lines and totals (the number aside). */
  private String invoiceOf(long client) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select count(*), sum(tax_base), sum(vat), sum(total),"
                    + " (select group_concat(concat(l.quantity, 'x', l.unit_price, '=', l.tax_base)"
                    + " order by l.line_no) from invoice_line l join invoice j on j.id ="
                    + " l.invoice_id where j.client_id = ?) from invoice where client_id = ?")) {
      ps.setLong(1, client);
      ps.setLong(2, client);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1)
            + " invoice(s) "
            + rs.getBigDecimal(2)
            + " + "
            + rs.getBigDecimal(3)
            + " = "
            + rs.getBigDecimal(4)
            + " ["
            + rs.getString(5)
            + "]";
      }
    }
  }

  private long linesOf(List<Long> items) throws SQLException {
    long lines = 0;
    for (long item : items) {
      lines += number("select count(*) from invoice_line where billable_item_id = ?", item);
    }
    return lines;
  }

  private long client(String name) throws SQLException {
    return work().client(name);
  }

  private long remote(long client, LocalDate day, int minutes) throws SQLException {
    return work().remote(client, day, minutes);
  }

  private long item(long client, String type, LocalDate day, int minutes, BigDecimal amount)
      throws SQLException {
    return work().item(client, type, day, minutes, amount);
  }

  private void update(String sql, Object... parameters) throws SQLException {
    work().update(sql, parameters);
  }

  private long number(String sql, Object... parameters) throws SQLException {
    return work().number(sql, parameters);
  }

  private BillingData work() {
    return new BillingData(db);
  }
}
