package bg.omegasoft.operations.boundary;

import bg.omegasoft.identity.entity.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The operations' own records beside the job repository: which job instance holds a billing date,
 * what each invoice run produced, and how far a running step got. Writes made from a chunk join the
 * chunk's transaction, so they count only what was committed.
 */
@Stateless
@RolesAllowed({Roles.BATCH_OPERATOR, Roles.ADMIN})
public class RunRecords {

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  private DataSource database;

  /** The figures of one invoice run (all executions of its job instance). */
  public record Tally(
      int clients,
      int invoices,
      int lines,
      BigDecimal taxBase,
      BigDecimal vat,
      BigDecimal total,
      int skipped)
      implements Serializable {}

  /** Publishes the number of items a step will process; kept when the step restarts. */
  public void publishTotal(long instanceId, String step, long total) {
    update(
        "insert into job_progress (job_instance_id, step_name, total, processed, updated_at)"
            + " values (?, ?, ?, 0, ?) on duplicate key update updated_at = values(updated_at)",
        instanceId,
        step,
        total,
        now());
  }

  /** Counts the items of a committed chunk. */
  public void addProgress(long instanceId, String step, long processed) {
    addProgress(instanceId, step, processed, 0);
  }

  /** Counts the items of a committed chunk and the work it added for a later step. */
  public void addProgress(long instanceId, String step, long processed, long moreToDo) {
    update(
        "update job_progress set processed = processed + ?, total = total + ?, updated_at = ?"
            + " where job_instance_id = ? and step_name = ?",
        processed,
        moreToDo,
        now(),
        instanceId,
        step);
  }

  /** Progress of a step, if it published a total. */
  public Optional<Progress> progress(long instanceId, String step) {
    return query(
            "select processed, total from job_progress where job_instance_id = ? and step_name = ?",
            rs -> new Progress(rs.getLong(1), rs.getLong(2)),
            instanceId,
            step)
        .stream()
        .findFirst();
  }

  /** Adds a committed chunk's figures to its invoice run's summary. */
  public void addToSummary(long instanceId, LocalDate billingDate, boolean dryRun, Tally chunk) {
    update(
        "insert into invoice_run_summary (job_instance_id, billing_date, dry_run, clients, invoices,"
            + " invoice_lines, tax_base, vat, total, skipped) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " on duplicate key update clients = clients + values(clients),"
            + " invoices = invoices + values(invoices),"
            + " invoice_lines = invoice_lines + values(invoice_lines),"
            + " tax_base = tax_base + values(tax_base), vat = vat + values(vat),"
            + " total = total + values(total), skipped = skipped + values(skipped)",
        instanceId,
        Date.valueOf(billingDate),
        dryRun,
        chunk.clients(),
        chunk.invoices(),
        chunk.lines(),
        chunk.taxBase(),
        chunk.vat(),
        chunk.total(),
        chunk.skipped());
  }

  /** Records how an execution of an invoice run ended (the job's end listener calls it). */
  public void finish(
      long instanceId, LocalDate billingDate, boolean dryRun, long executionId, String status) {
    update(
        "insert into invoice_run_summary (job_instance_id, billing_date, dry_run,"
            + " last_execution_id, batch_status, finished_at) values (?, ?, ?, ?, ?, ?)"
            + " on duplicate key update last_execution_id = values(last_execution_id),"
            + " batch_status = values(batch_status), finished_at = values(finished_at)",
        instanceId,
        Date.valueOf(billingDate),
        dryRun,
        executionId,
        status,
        now());
  }

  /** The summaries of the latest invoice runs, newest billing date first. */
  public List<RunSummary> summaries(int max) {
    return query(
        "select job_instance_id, billing_date, dry_run, clients, invoices, invoice_lines, tax_base,"
            + " vat, total, skipped, last_execution_id, batch_status, finished_at"
            + " from invoice_run_summary order by billing_date desc, job_instance_id desc limit ?",
        rs ->
            new RunSummary(
                rs.getLong(1),
                rs.getDate(2).toLocalDate(),
                rs.getBoolean(3),
                new Tally(
                    rs.getInt(4),
                    rs.getInt(5),
                    rs.getInt(6),
                    rs.getBigDecimal(7),
                    rs.getBigDecimal(8),
                    rs.getBigDecimal(9),
                    rs.getInt(10)),
                (Long) rs.getObject(11, Long.class),
                rs.getString(12),
                rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant()),
        max);
  }

  /**
   * Claims a billing date for a new real run, in its own transaction so the claim is visible to
   * everyone at once; the unique key decides between two claims at the same moment.
   *
   * @return whether this caller holds the date now
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(LocalDate billingDate, String by) {
    return update(
            "insert ignore into invoice_run (billing_date, started_by, started_at) values (?, ?, ?)",
            Date.valueOf(billingDate),
            by,
            now())
        == 1;
  }

  /** Takes over a date whose run was abandoned; false when someone else was quicker. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean reclaim(LocalDate billingDate, long abandonedInstanceId, String by) {
    return update(
            "update invoice_run set job_instance_id = null, first_execution_id = null,"
                + " started_by = ?, started_at = ? where billing_date = ? and job_instance_id = ?",
            by,
            now(),
            Date.valueOf(billingDate),
            abandonedInstanceId)
        == 1;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void attach(LocalDate billingDate, long instanceId, long executionId) {
    update(
        "update invoice_run set job_instance_id = ?, first_execution_id = ? where billing_date = ?",
        instanceId,
        executionId,
        Date.valueOf(billingDate));
  }

  /** Gives a claimed date back when its job could not be started. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void release(LocalDate billingDate) {
    update(
        "delete from invoice_run where billing_date = ? and job_instance_id is null",
        Date.valueOf(billingDate));
  }

  /** The run that holds a billing date: its job instance and first execution, if started. */
  public Optional<Holder> holder(LocalDate billingDate) {
    return query(
            "select job_instance_id, first_execution_id from invoice_run where billing_date = ?",
            rs -> new Holder(rs.getObject(1, Long.class), rs.getObject(2, Long.class)),
            Date.valueOf(billingDate))
        .stream()
        .findFirst();
  }

  /** The job instance and first execution that hold a date; both empty while it is starting. */
  public record Holder(Long instanceId, Long firstExecutionId) {}

  private static Timestamp now() {
    return Timestamp.from(Instant.now());
  }

  private int update(String sql, Object... parameters) {
    try (Connection connection = database.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Operations records not written: " + e.getMessage(), e);
    }
  }

  private interface Row<T> {
    T of(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, Row<T> row, Object... parameters) {
    try (Connection connection = database.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      List<T> rows = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          rows.add(row.of(rs));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Operations records not read: " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
  }
}
