package bg.omegasoft.billing.control;

import bg.omegasoft.billing.entity.Invoice;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Finds issued documents and renders them: the Bulgarian PDF and the UBL XML are kept once made
 * (the data they show never changes); the English copy is made on request.
 */
@ApplicationScoped
public class InvoiceDocuments {

  public static final String PDF = "PDF";
  public static final String XML = "XML";

  /** A marker row: the document's e-mail was handed to the mailer. */
  public static final String MAILED = "MAILED";

  @PersistenceContext private EntityManager em;

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

  /**
   * Makes and keeps the PDF and XML of a document unless already kept; safe to repeat.
   *
   * @return true the first time only: the caller then e-mails the document (once per document)
   */
  public boolean render(String number) {
    Invoice invoice = byNumber(number);
    keep(invoice, PDF, InvoicePdf.of(invoice, referencedBy(invoice), false));
    keep(invoice, XML, InvoiceUbl.of(invoice, referencedBy(invoice)));
    return keep(invoice, MAILED, new byte[0]);
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

  private boolean keep(Invoice invoice, String kind, byte[] content) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO invoice_document (invoice_id, kind, content, made_at) VALUES (?1, ?2, ?3, ?4)")
            .setParameter(1, invoice.getId())
            .setParameter(2, kind)
            .setParameter(3, content)
            .setParameter(4, Timestamp.from(Instant.now()))
            .executeUpdate()
        == 1;
  }
}
