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
    audit.record("PAYMENT_MATCHED", "Payment", paymentId, invoiceNumber);
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
