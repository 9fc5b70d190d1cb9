package bg.omegasoft.billing.boundary;

import bg.omegasoft.billing.control.CreditorReference;
import bg.omegasoft.billing.entity.BillingException;
import bg.omegasoft.billing.entity.Payment;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Bank payments (B6): FINANCE records them; each is matched by its payment reference. */
@Stateless
@RolesAllowed(Roles.FINANCE)
public class Payments {

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;
  @Resource private SessionContext session;
  @Inject private Event<InvoicePaid> paid;

  private final Clock clock = Clock.systemUTC();

  /** A payment as listed: with the number of the invoice it was matched to, if any. */
  public record Listed(Payment payment, String invoiceNumber) {
    public Payment getPayment() {
      return payment;
    }

    public String getInvoiceNumber() {
      return invoiceNumber;
    }
  }

  /**
   * Records a bank payment and matches it to the invoice whose RF reference (or number) it carries.
   */
  public Payment record(
      LocalDate receivedOn, BigDecimal amount, String payer, String payerIban, String reference) {
    Long invoiceId = match(reference).orElse(null);
    Payment payment =
        new Payment(
            receivedOn,
            amount,
            payer,
            payerIban,
            reference,
            invoiceId,
            session.getCallerPrincipal().getName(),
            Instant.now(clock));
    em.persist(payment);
    em.flush();
    audit.record("PAYMENT_RECORDED", "Payment", payment.getId(), amount.toPlainString());
    announceIfSettled(payment);
    return payment;
  }

  /** Matches an unmatched payment to an invoice by hand. */
  public Payment matchTo(long paymentId, String invoiceNumber) {
    Payment payment = em.find(Payment.class, paymentId);
    if (payment == null) {
      throw new NotFoundException("Payment", paymentId);
    }
    Long invoiceId =
        byNumber(invoiceNumber)
            .orElseThrow(() -> new BillingException("billing.payment.noInvoice"));
    payment.matchTo(invoiceId);
    em.flush();
    audit.record("PAYMENT_MATCHED", "Payment", paymentId, invoiceNumber);
    announceIfSettled(payment);
    return payment;
  }

  /** The latest payments first. */
  public List<Listed> recent(int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT p.id, i.number FROM payment p LEFT JOIN invoice i ON i.id = p.invoice_id"
                    + " ORDER BY p.received_on DESC, p.id DESC LIMIT "
                    + Math.max(1, max))
            .getResultList();
    return rows.stream()
        .map(r -> new Listed(em.find(Payment.class, ((Number) r[0]).longValue()), (String) r[1]))
        .toList();
  }

  /**
   * Fires {@link InvoicePaid} when this payment settled its document: before it, payments and
   * credit notes were short of the total; with it, they reach it. Credit notes never ask for
   * payment.
   */
  private void announceIfSettled(Payment payment) {
    if (payment.getInvoiceId() == null) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT i.client_id, i.number, i.total,"
                    + " COALESCE((SELECT SUM(p.amount) FROM payment p WHERE p.invoice_id = i.id), 0),"
                    + " COALESCE((SELECT SUM(c.total) FROM invoice c WHERE c.referenced_id = i.id"
                    + "   AND c.kind = 'CREDIT_NOTE'), 0)"
                    + " FROM invoice i WHERE i.id = ?1 AND i.kind <> 'CREDIT_NOTE'"
                    + " AND i.status = 'ISSUED'")
            .setParameter(1, payment.getInvoiceId())
            .getResultList();
    for (Object[] r : rows) {
      BigDecimal total = (BigDecimal) r[2];
      BigDecimal settled = ((BigDecimal) r[3]).add((BigDecimal) r[4]);
      BigDecimal before = settled.subtract(payment.getAmount());
      if (settled.compareTo(total) >= 0 && before.compareTo(total) < 0) {
        paid.fire(
            new InvoicePaid(((Number) r[0]).longValue(), (String) r[1], payment.getReceivedOn()));
      }
    }
  }

  private Optional<Long> match(String reference) {
    String compact = CreditorReference.compact(reference);
    if (CreditorReference.isValid(compact)) {
      Optional<Long> byReference =
          ids("SELECT id FROM invoice WHERE payment_reference = ?1", compact);
      if (byReference.isPresent()) {
        return byReference;
      }
    }
    String digits = compact.replaceAll("[^0-9]", "");
    return digits.length() == 10 ? byNumber(digits) : Optional.empty();
  }

  private Optional<Long> byNumber(String number) {
    return ids("SELECT id FROM invoice WHERE number = ?1 AND kind <> 'CREDIT_NOTE'", number);
  }

  private Optional<Long> ids(String sql, String value) {
    @SuppressWarnings("unchecked")
    List<Number> ids = em.createNativeQuery(sql).setParameter(1, value).getResultList();
    return ids.stream().findFirst().map(Number::longValue);
  }
}
