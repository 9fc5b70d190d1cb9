package bg.omegasoft.billing.control;

import bg.omegasoft.billing.entity.Invoice;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

/**
 * Finds issued documents and keeps their documents: the Bulgarian PDF and the UBL XML are kept once
 * made, with a MAILED mark once the e-mail is queued (the data they show never changes); a document
 * not delivered yet is made on request, the English copy always.
 */
@ApplicationScoped
public class InvoiceDocuments {

  public static final String PDF = "PDF";
  public static final String XML = "XML";

  /** A marker row: the document's e-mail was handed to the mailer. */
  public static final String MAILED = "MAILED";

  @PersistenceContext private EntityManager em;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  private DataSource dataSource;

  public Invoice byNumber(String number) {
    return em.createNamedQuery(Invoice.FIND_BY_NUMBER, Invoice.class)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Invoice", number));
  }

  public Invoice referencedBy(Invoice invoice) {
    return invoice.getReferencedId() == null
        ? null
        : em.find(Invoice.class, invoice.getReferencedId());
  }

  /** A document's rendered PDF (Bulgarian original) and UBL XML. */
  public record Rendered(long invoiceId, byte[] pdf, byte[] xml) {}

  /** The ids of the documents with these numbers. */
  public List<Long> idsOf(List<String> numbers) {
    if (numbers.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select i.id from Invoice i where i.number in :numbers", Long.class)
        .setParameter("numbers", numbers)
        .getResultList();
  }

  /**
   * The ids of the invoices issued by the billing date's nightly run and not yet delivered, of one
   * part ({@code id mod parts = part}), ascending.
   */
  public List<Long> undelivered(LocalDate runDate, int part, int parts) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT i.id FROM invoice i WHERE i.run_date = ? AND MOD(i.id, ?) = ?"
                    + " AND NOT EXISTS (SELECT 1 FROM invoice_document d WHERE d.invoice_id = i.id"
                    + " AND d.kind = '"
                    + MAILED
                    + "') ORDER BY i.id")) {
      ps.setDate(1, Date.valueOf(runDate));
      ps.setInt(2, parts);
      ps.setInt(3, part);
      return Sql.ids(ps);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The documents among the ids that are not delivered yet, with their lines and VAT rows, locked
   * until the transaction ends: a second deliverer of the same documents waits and then finds them
   * delivered, so each is e-mailed once.
   */
  public List<Invoice> toDeliver(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Long> open;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT i.id FROM invoice i WHERE i.id IN ("
                    + Sql.inList(ids)
                    + ") AND NOT EXISTS (SELECT 1 FROM invoice_document d WHERE d.invoice_id = i.id"
                    + " AND d.kind = '"
                    + MAILED
                    + "') ORDER BY i.id FOR UPDATE")) {
      open = Sql.ids(ps);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    if (open.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select i from Invoice i where i.id in :ids order by i.id", Invoice.class)
        .setParameter("ids", open)
        .setHint(QueryHints.BATCH, "i.lines")
        .setHint(QueryHints.BATCH, "i.vatBreakdown")
        .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
        .getResultList();
  }

  /** Keeps the rendered documents and marks them delivered: one batch. */
  public void keepAll(List<Rendered> rendered, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            Sql.forBatch(
                c,
                "INSERT IGNORE INTO invoice_document (invoice_id, kind, content, made_at)"
                    + " VALUES (?, ?, ?, ?)")) {
      Timestamp at = Timestamp.from(now);
      for (Rendered r : rendered) {
        add(ps, r.invoiceId(), PDF, r.pdf(), at);
        add(ps, r.invoiceId(), XML, r.xml(), at);
        add(ps, r.invoiceId(), MAILED, new byte[0], at);
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void add(PreparedStatement ps, long id, String kind, byte[] content, Timestamp at)
      throws SQLException {
    ps.setLong(1, id);
    ps.setString(2, kind);
    ps.setBytes(3, content);
    ps.setTimestamp(4, at);
    ps.addBatch();
  }

  public byte[] pdf(Invoice invoice, boolean english) {
    if (english) {
      return InvoicePdf.of(invoice, referencedBy(invoice), true);
    }
    return kept(invoice, PDF).orElseGet(() -> InvoicePdf.of(invoice, referencedBy(invoice), false));
  }

  public byte[] xml(Invoice invoice) {
    return kept(invoice, XML).orElseGet(() -> InvoiceUbl.of(invoice, referencedBy(invoice)));
  }

  private java.util.Optional<byte[]> kept(Invoice invoice, String kind) {
    @SuppressWarnings("unchecked")
    List<byte[]> content =
        em.createNativeQuery(
                "SELECT content FROM invoice_document WHERE invoice_id = ?1 AND kind = ?2")
            .setParameter(1, invoice.getId())
            .setParameter(2, kind)
            .getResultList();
    return content.stream().findFirst();
  }
}
