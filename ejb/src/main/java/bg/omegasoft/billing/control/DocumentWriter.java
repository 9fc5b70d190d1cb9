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
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes issued documents with plain JDBC in the caller's transaction, with a fixed, small number
 * of statements per document: the number (an update and a read of the issuer's counter row, which
 * locks it until the transaction ends), the document row, its lines in one batch, its VAT rates in
 * one batch. A rollback removes all of it and gives the number back.
 */
@ApplicationScoped
public class DocumentWriter {

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  private DataSource dataSource;

  /** A written document: its id and 10-digit number. */
  public record Written(long id, String number) {}

  public Written write(Document doc, Instant now) {
    try (Connection c = dataSource.getConnection()) {
      String number = nextNumber(c);
      long id = insertDocument(c, doc, number, now);
      insertLines(c, id, doc);
      insertVat(c, id, doc.pricing().vatBreakdown());
      return new Written(id, number);
    } catch (SQLException e) {
      throw new IllegalStateException("The document could not be written: " + e.getMessage(), e);
    }
  }

  /**
   * The next number of the issuer: the counter row is updated first, which takes its row lock and
   * holds it until the transaction ends, so concurrent issuers queue and a rollback undoes the
   * step.
   */
  static String nextNumber(Connection c) throws SQLException {
    try (PreparedStatement up =
        c.prepareStatement(
            "UPDATE invoice_counter SET last_number = LAST_INSERT_ID(last_number + 1) WHERE issuer = ?")) {
      up.setString(1, Invoice.ISSUER);
      if (up.executeUpdate() != 1) {
        throw new IllegalStateException("No counter for issuer " + Invoice.ISSUER);
      }
    }
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT LAST_INSERT_ID()")) {
      rs.next();
      return InvoiceNumber.of(rs.getLong(1));
    }
  }

  private static long insertDocument(Connection c, Document doc, String number, Instant now)
      throws SQLException {
    String sql =
        "INSERT INTO invoice (issuer, number, kind, status, client_id, issue_date, tax_date, due_date,"
            + " supplier_name, supplier_address, supplier_city, supplier_postcode, supplier_uic,"
            + " supplier_vat, customer_name, customer_address, customer_city, customer_postcode,"
            + " customer_uic, customer_vat, iban, bic, bank_name, payment_reference, currency,"
            + " tax_base, vat, total, referenced_id, reason, issued_by, issued_at)"
            + " VALUES (?, ?, ?, 'ISSUED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " 'EUR', ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
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
      ps.setTimestamp(i, Timestamp.from(now));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
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

  private static void insertLines(Connection c, long id, Document doc) throws SQLException {
    String sql =
        "INSERT INTO invoice_line (invoice_id, line_no, billable_item_id, referenced_line_id,"
            + " service_type, description_bg, done_on, quantity, unit_code, unit_bg, unit_price,"
            + " tax_base, vat_rate, covered_hours) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
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
      ps.executeBatch();
    }
  }

  private static void insertVat(Connection c, long id, List<VatGroup> groups) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO invoice_vat (invoice_id, rate, tax_base, vat) VALUES (?, ?, ?, ?)")) {
      for (VatGroup group : groups) {
        ps.setLong(1, id);
        ps.setBigDecimal(2, group.rate());
        ps.setBigDecimal(3, group.taxBase());
        ps.setBigDecimal(4, group.vat());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Marks the items as invoiced and clears their skips: two statements. */
  public void markInvoiced(Collection<Long> itemIds) {
    if (itemIds.isEmpty()) {
      return;
    }
    String in = inList(itemIds);
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE billable_item SET status = 'INVOICED' WHERE id IN (" + in + ")");
      st.executeUpdate("DELETE FROM billing_skip WHERE billable_item_id IN (" + in + ")");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Ids are numbers, so joining them is safe. */
  public static String inList(Collection<Long> ids) {
    StringBuilder in = new StringBuilder();
    for (Long id : ids) {
      if (in.length() > 0) {
        in.append(',');
      }
      in.append(id.longValue());
    }
    return in.toString();
  }
}
