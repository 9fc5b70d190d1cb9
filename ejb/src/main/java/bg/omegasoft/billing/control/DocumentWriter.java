package bg.omegasoft.billing.control;

import bg.omegasoft.billing.entity.Invoice;
import bg.omegasoft.billing.entity.InvoiceLine;
import bg.omegasoft.billing.entity.PricedLine;
import bg.omegasoft.billing.entity.Pricing.VatGroup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes issued documents with plain JDBC in the caller's transaction, with a fixed, small number
 * of statements however many documents are written together: the numbers (one update and one read
 * of the issuer's counter row, which locks it until the transaction ends), the document rows in one
 * batch, their lines in one batch, their VAT rates in one batch. A rollback removes all of it and
 * gives the numbers back.
 */
@ApplicationScoped
public class DocumentWriter {

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  private DataSource dataSource;

  /** A written document: its id and 10-digit number. */
  public record Written(long id, String number) {}

  public Written write(Document doc, Instant now) {
    return writeAll(List.of(doc), null, now).get(0);
  }

  /**
   * Writes the documents with consecutive numbers in their order.
   *
   * @param runDate the billing date of the nightly run that issues them, null outside a run
   */
  public List<Written> writeAll(List<Document> docs, LocalDate runDate, Instant now) {
    if (docs.isEmpty()) {
      return List.of();
    }
    try (Connection c = dataSource.getConnection()) {
      long last = takeNumbers(c, docs.size());
      List<String> numbers = new ArrayList<>();
      for (long n = last - docs.size() + 1; n <= last; n++) {
        numbers.add(InvoiceNumber.of(n));
      }
      insertDocuments(c, docs, numbers, runDate, now);
      List<Written> written = idsOf(c, numbers);
      insertLines(c, docs, written);
      insertVat(c, docs, written);
      return written;
    } catch (SQLException e) {
      throw new IllegalStateException("The documents could not be written: " + e.getMessage(), e);
    }
  }

  /**
   * Takes the issuer's next {@code count} numbers and answers the last: the counter row is updated
   * first, which takes its row lock and holds it until the transaction ends, so concurrent issuers
   * queue and a rollback undoes the step.
   */
  static long takeNumbers(Connection c, int count) throws SQLException {
    try (PreparedStatement up =
        c.prepareStatement(
            "UPDATE invoice_counter SET last_number = LAST_INSERT_ID(last_number + ?) WHERE issuer = ?")) {
      up.setInt(1, count);
      up.setString(2, Invoice.ISSUER);
      if (up.executeUpdate() != 1) {
        throw new IllegalStateException("No counter for issuer " + Invoice.ISSUER);
      }
    }
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT LAST_INSERT_ID()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void insertDocuments(
      Connection c, List<Document> docs, List<String> numbers, LocalDate runDate, Instant now)
      throws SQLException {
    String sql =
        "INSERT INTO invoice (issuer, number, kind, status, client_id, issue_date, tax_date, due_date,"
            + " supplier_name, supplier_address, supplier_city, supplier_postcode, supplier_uic,"
            + " supplier_vat, customer_name, customer_address, customer_city, customer_postcode,"
            + " customer_uic, customer_vat, iban, bic, bank_name, payment_reference, currency,"
            + " tax_base, vat, total, referenced_id, reason, issued_by, issued_at, run_date)"
            + " VALUES (?, ?, ?, 'ISSUED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " 'EUR', ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = Sql.forBatch(c, sql)) {
      for (int d = 0; d < docs.size(); d++) {
        Document doc = docs.get(d);
        String number = numbers.get(d);
        int i = 1;
        ps.setString(i++, Invoice.ISSUER);
        ps.setString(i++, number);
        ps.setString(i++, doc.kind().name());
        ps.setLong(i++, doc.clientId());
        ps.setDate(i++, Date.valueOf(doc.issueDate()));
        ps.setDate(i++, Date.valueOf(doc.taxDate()));
        ps.setDate(i++, Date.valueOf(doc.dueDate()));
        i = party(ps, i, doc.supplier());
        i = party(ps, i, doc.customer());
        ps.setString(i++, doc.iban());
        ps.setString(i++, doc.bic());
        ps.setString(i++, doc.bankName());
        ps.setString(i++, CreditorReference.of(number));
        ps.setBigDecimal(i++, doc.pricing().taxBase());
        ps.setBigDecimal(i++, doc.pricing().vat());
        ps.setBigDecimal(i++, doc.pricing().total());
        if (doc.referencedId() == null) {
          ps.setNull(i++, Types.BIGINT);
        } else {
          ps.setLong(i++, doc.referencedId());
        }
        ps.setString(i++, doc.reason());
        ps.setString(i++, doc.issuedBy());
        ps.setTimestamp(i++, Timestamp.from(now));
        if (runDate == null) {
          ps.setNull(i, Types.DATE);
        } else {
          ps.setDate(i, Date.valueOf(runDate));
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The ids of the just written documents, in the order of their numbers. */
  private static List<Written> idsOf(Connection c, List<String> numbers) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, number FROM invoice WHERE issuer = ? AND number BETWEEN ? AND ?"
                + " ORDER BY number")) {
      ps.setString(1, Invoice.ISSUER);
      ps.setString(2, numbers.get(0));
      ps.setString(3, numbers.get(numbers.size() - 1));
      List<Written> written = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          written.add(new Written(rs.getLong(1), rs.getString(2)));
        }
      }
      if (written.size() != numbers.size()) {
        throw new IllegalStateException(
            "Wrote " + numbers.size() + " documents but found " + written.size());
      }
      return written;
    }
  }

  private static int party(PreparedStatement ps, int i, Party party) throws SQLException {
    ps.setString(i++, party.name());
    ps.setString(i++, party.address());
    ps.setString(i++, party.city());
    ps.setString(i++, party.postcode());
    ps.setString(i++, party.uic());
    ps.setString(i++, party.vatNumber());
    return i;
  }

  private static void insertLines(Connection c, List<Document> docs, List<Written> written)
      throws SQLException {
    String sql =
        "INSERT INTO invoice_line (invoice_id, line_no, billable_item_id, referenced_line_id,"
            + " service_type, description_bg, done_on, quantity, unit_code, unit_bg, unit_price,"
            + " tax_base, vat_rate, covered_hours) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = Sql.forBatch(c, sql)) {
      for (int d = 0; d < docs.size(); d++) {
        Document doc = docs.get(d);
        long id = written.get(d).id();
        List<PricedLine> lines = doc.lines();
        for (int n = 0; n < lines.size(); n++) {
          PricedLine line = lines.get(n);
          ps.setLong(1, id);
          ps.setInt(2, n + 1);
          if (line.itemId() > 0) {
            ps.setLong(3, line.itemId());
          } else {
            ps.setNull(3, Types.BIGINT);
          }
          Long referenced = doc.referencedLines().isEmpty() ? null : doc.referencedLines().get(n);
          if (referenced == null) {
            ps.setNull(4, Types.BIGINT);
          } else {
            ps.setLong(4, referenced);
          }
          ps.setString(5, line.type() == null ? InvoiceLine.REFERRAL_REWARD : line.type().name());
          ps.setString(6, line.description());
          ps.setDate(7, Date.valueOf(line.doneOn()));
          ps.setBigDecimal(8, line.quantity());
          ps.setString(9, line.unitCode());
          ps.setString(10, line.unitBg());
          ps.setBigDecimal(11, line.unitPrice());
          ps.setBigDecimal(12, line.taxBase());
          ps.setBigDecimal(13, line.vatRate());
          ps.setBigDecimal(14, line.coveredHours());
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  private static void insertVat(Connection c, List<Document> docs, List<Written> written)
      throws SQLException {
    try (PreparedStatement ps =
        Sql.forBatch(
            c, "INSERT INTO invoice_vat (invoice_id, rate, tax_base, vat) VALUES (?, ?, ?, ?)")) {
      for (int d = 0; d < docs.size(); d++) {
        for (VatGroup group : docs.get(d).pricing().vatBreakdown()) {
          ps.setLong(1, written.get(d).id());
          ps.setBigDecimal(2, group.rate());
          ps.setBigDecimal(3, group.taxBase());
          ps.setBigDecimal(4, group.vat());
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  /** Marks the items as invoiced and clears their skips: two statements. */
  public void markInvoiced(Collection<Long> itemIds) {
    if (itemIds.isEmpty()) {
      return;
    }
    String in = Sql.inList(itemIds);
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE billable_item SET status = 'INVOICED' WHERE id IN (" + in + ")");
      st.executeUpdate("DELETE FROM billing_skip WHERE billable_item_id IN (" + in + ")");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
