package bg.omegasoft.it.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A fault for the restart tests of the invoice run, injected into the test's database instead of
 * the production job: triggers make the database refuse a write of one chunk of the run, so that
 * chunk's transaction rolls back as on any database failure. Closing the fault drops the triggers,
 * so a restart runs without it.
 */
final class RunFault implements AutoCloseable {

  private static final String REFUSE =
      " then signal sqlstate '45000' set message_text = 'invoice run fault of a test'; end if; end";

  private final DataSource db;
  private final LocalDate billingDate;
  private final List<String> triggers;

  private RunFault(DataSource db, LocalDate billingDate, List<String> triggers) {
    this.db = db;
    this.billingDate = billingDate;
    this.triggers = triggers;
  }

  /**
   * The invoice step of the real run for the date fails at the given chunk of {@code itemCount}
   * clients: its summary may not count more clients than the chunks before it hold, and the chunk
   * writes its summary after billing issued its invoices.
   */
  static RunFault inInvoiceStep(
      DataSource db, LocalDate billingDate, int itemCount, int failAtChunk) throws SQLException {
    String refused =
        " for each row begin if new.billing_date = '"
            + billingDate
            + "' and not new.dry_run and new.clients > "
            + itemCount * (failAtChunk - 1)
            + REFUSE;
    return install(
        db,
        billingDate,
        "it_fault_summary_insert",
        "create trigger it_fault_summary_insert before insert on invoice_run_summary" + refused,
        "it_fault_summary_update",
        "create trigger it_fault_summary_update before update on invoice_run_summary" + refused);
  }

  /**
   * Every chunk of the delivery step of the run for the date fails: the database refuses the
   * rendered documents of the run's invoices.
   */
  static RunFault inDeliverStep(DataSource db, LocalDate billingDate) throws SQLException {
    return install(
        db,
        billingDate,
        "it_fault_document",
        "create trigger it_fault_document before insert on invoice_document for each row begin"
            + " if (select run_date from invoice where id = new.invoice_id) = '"
            + billingDate
            + "'"
            + REFUSE);
  }

  LocalDate billingDate() {
    return billingDate;
  }

  private static RunFault install(DataSource db, LocalDate billingDate, String... namesAndDdl)
      throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      for (int i = 0; i < namesAndDdl.length; i += 2) {
        s.execute("drop trigger if exists " + namesAndDdl[i]);
        s.execute(namesAndDdl[i + 1]);
        names.add(namesAndDdl[i]);
      }
    }
    return new RunFault(db, billingDate, List.copyOf(names));
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      for (String trigger : triggers) {
        s.execute("drop trigger if exists " + trigger);
      }
    }
  }
}
