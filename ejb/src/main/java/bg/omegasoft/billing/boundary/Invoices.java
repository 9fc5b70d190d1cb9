package bg.omegasoft.billing.boundary;

import bg.omegasoft.billing.control.Document;
import bg.omegasoft.billing.control.DocumentWriter;
import bg.omegasoft.billing.control.InvoiceDocuments;
import bg.omegasoft.billing.control.Party;
import bg.omegasoft.billing.control.PriceBookCache;
import bg.omegasoft.billing.entity.BillingException;
import bg.omegasoft.billing.entity.Invoice;
import bg.omegasoft.billing.entity.InvoiceKind;
import bg.omegasoft.billing.entity.InvoiceLine;
import bg.omegasoft.billing.entity.PaymentState;
import bg.omegasoft.billing.entity.PricedLine;
import bg.omegasoft.billing.entity.Pricing;
import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.control.SofiaTime;
import bg.omegasoft.shared.entity.Money;
import bg.omegasoft.shared.entity.ServiceType;
import bg.omegasoft.shared.entity.VatNumber;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invoices and notes for FINANCE (all clients) and for a client's administrators (their own company
 * only: another company's document is "not found", so nothing about it is revealed); FINANCE's
 * "invoice now", credit notes and debit notes.
 */
@Stateless
@RolesAllowed({Roles.FINANCE, Roles.ADMIN})
public class Invoices {

  private static final String SUBJECT = "Invoice";

  @PersistenceContext private EntityManager em;
  @EJB private NightlyInvoicing invoicing;
  @EJB private Clients clients;
  @EJB private AuditTrail audit;
  @Inject private InvoiceDocuments documents;
  @Inject private DocumentWriter writer;
  @Inject private PriceBookCache prices;
  @Resource private SessionContext session;

  private final Clock clock = Clock.systemUTC();

  /** Documents by client and issue dates (each optional); a client admin sees only its own. */
  @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.CLIENT_ADMIN})
  public List<InvoiceSummary> list(Long clientId, LocalDate from, LocalDate to) {
    Long client = clientId;
    if (isClientAdmin()) {
      client = myClientId();
    }
    StringBuilder sql =
        new StringBuilder(
            "SELECT i.number, i.kind, i.client_id, i.customer_name, i.issue_date, i.due_date,"
                + " i.tax_base, i.vat, i.total,"
                + " COALESCE((SELECT SUM(p.amount) FROM payment p WHERE p.invoice_id = i.id), 0),"
                + " COALESCE((SELECT SUM(c.total) FROM invoice c WHERE c.referenced_id = i.id"
                + "   AND c.kind = 'CREDIT_NOTE'), 0),"
                + " (SELECT r.number FROM invoice r WHERE r.id = i.referenced_id)"
                + " FROM invoice i WHERE i.status = 'ISSUED'");
    List<Object> params = new ArrayList<>();
    if (client != null) {
      sql.append(" AND i.client_id = ?").append(params.size() + 1);
      params.add(client);
    }
    if (from != null) {
      sql.append(" AND i.issue_date >= ?").append(params.size() + 1);
      params.add(Date.valueOf(from));
    }
    if (to != null) {
      sql.append(" AND i.issue_date <= ?").append(params.size() + 1);
      params.add(Date.valueOf(to));
    }
    sql.append(" ORDER BY i.number DESC");
    var query = em.createNativeQuery(sql.toString());
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    LocalDate today = today();
    return rows.stream().map(r -> summary(r, today)).toList();
  }

  /** Unpaid invoices and debit notes past their due date, oldest first. */
  public List<InvoiceSummary> overdue() {
    return list(null, null, null).stream()
        .filter(s -> s.state() == PaymentState.OVERDUE)
        .sorted(java.util.Comparator.comparing(InvoiceSummary::dueDate))
        .toList();
  }

  private static InvoiceSummary summary(Object[] r, LocalDate today) {
    InvoiceKind kind = InvoiceKind.valueOf((String) r[1]);
    BigDecimal total = (BigDecimal) r[8];
    BigDecimal paid = Money.cents((BigDecimal) r[9]);
    BigDecimal credited = Money.cents((BigDecimal) r[10]);
    LocalDate due = ((Date) r[5]).toLocalDate();
    PaymentState state = null;
    if (kind != InvoiceKind.CREDIT_NOTE) {
      state = PaymentState.of(total, paid, paid.add(credited), due, today);
    }
    return new InvoiceSummary(
        (String) r[0],
        kind,
        ((Number) r[2]).longValue(),
        (String) r[3],
        ((Date) r[4]).toLocalDate(),
        due,
        (BigDecimal) r[6],
        (BigDecimal) r[7],
        total,
        paid,
        credited,
        state,
        (String) r[11]);
  }

  /** A document by number; for a client admin only its own company's, else not found. */
  @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.CLIENT_ADMIN})
  public Invoice find(String number) {
    Invoice invoice = documents.byNumber(number);
    if (isClientAdmin() && !Long.valueOf(invoice.getClientId()).equals(myClientId())) {
      throw new NotFoundException(SUBJECT, number);
    }
    return invoice;
  }

  /** The summary of one document (with its payment state). */
  @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.CLIENT_ADMIN})
  public InvoiceSummary summary(String number) {
    Invoice invoice = find(number);
    return list(invoice.getClientId(), invoice.getIssueDate(), invoice.getIssueDate()).stream()
        .filter(s -> s.number().equals(number))
        .findFirst()
        .orElseThrow(() -> new NotFoundException(SUBJECT, number));
  }

  /** The number of the document a note refers to, or null. */
  @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.CLIENT_ADMIN})
  public String referencedNumber(Invoice invoice) {
    Invoice referenced = documents.referencedBy(invoice);
    return referenced == null ? null : referenced.getNumber();
  }

  @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.CLIENT_ADMIN})
  public byte[] pdf(String number, boolean english) {
    return documents.pdf(find(number), english);
  }

  @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.CLIENT_ADMIN})
  public byte[] xml(String number) {
    return documents.xml(find(number));
  }

  /**
   * Invoices a client now for everything done up to today, by the nightly run's own code path.
   *
   * @return the number, or empty when there was nothing to invoice
   */
  @RolesAllowed(Roles.FINANCE)
  public Optional<String> invoiceNow(long clientId) {
    Client client = clients.forInvoicing(clientId);
    if (client.getVatNumber() != null && !VatNumber.isValid(client.getVatNumber())) {
      throw new BillingException("billing.customer.vatInvalid");
    }
    LocalDate today = today();
    invoicing.collect(today);
    Optional<String> number = invoicing.issue(invoicing.propose(clientId, today));
    number.ifPresent(
        n -> {
          invoicing.deliver(List.of(n));
          audit.record("INVOICE_ISSUED", SUBJECT, null, n);
        });
    return number;
  }

  /**
   * What a client would be invoiced for now: first registers what the other capabilities hold as
   * billable up to today (as the nightly run and "invoice now" do; registering again adds nothing),
   * then prices it without issuing anything.
   */
  @RolesAllowed(Roles.FINANCE)
  public NightlyInvoicing.Proposal preview(long clientId) {
    LocalDate today = today();
    invoicing.collect(today);
    return invoicing.propose(clientId, today);
  }

  /**
   * Issues a credit note against an invoice for parts of its lines.
   *
   * @param quantities per line id of the invoice, the quantity to credit
   */
  @RolesAllowed(Roles.FINANCE)
  public String creditNote(String number, Map<Long, BigDecimal> quantities, String reason) {
    Invoice original = noteable(number, reason);
    List<PricedLine> lines = new ArrayList<>();
    List<Long> refs = new ArrayList<>();
    for (InvoiceLine line : original.getLines()) {
      BigDecimal quantity = quantities.get(line.getId());
      if (quantity == null || quantity.signum() == 0) {
        continue;
      }
      if (quantity.signum() < 0
          || line.getQuantity().signum() <= 0
          || line.getUnitPrice().signum() == 0
          || quantity.compareTo(line.getQuantity().subtract(credited(line.getId()))) > 0) {
        throw new BillingException("billing.note.tooMuch");
      }
      BigDecimal qty = Money.cents(quantity);
      lines.add(
          new PricedLine(
              0,
              null,
              ServiceType.valueOf(line.getServiceType()),
              "Кредитиране: " + line.getDescription(),
              line.getDoneOn(),
              qty,
              line.getUnitCode(),
              line.getUnitBg(),
              line.getUnitPrice(),
              Money.cents(qty.multiply(line.getUnitPrice())),
              line.getVatRate(),
              Money.ZERO.amount()));
      refs.add(line.getId());
    }
    if (lines.isEmpty()) {
      throw new BillingException("billing.note.empty");
    }
    return issueNote(InvoiceKind.CREDIT_NOTE, original, lines, refs, reason);
  }

  /** Issues a debit note adding an amount (EUR excl. VAT) to an invoice. */
  @RolesAllowed(Roles.FINANCE)
  public String debitNote(String number, String description, BigDecimal amount, String reason) {
    Invoice original = noteable(number, reason);
    if (amount == null || amount.signum() <= 0 || description == null || description.isBlank()) {
      throw new BillingException("billing.note.empty");
    }
    InvoiceLine first = original.getLines().get(0);
    LocalDate today = today();
    BigDecimal price = Money.cents(amount);
    PricedLine line =
        new PricedLine(
            0,
            null,
            InvoiceLine.REFERRAL_REWARD.equals(first.getServiceType())
                ? ServiceType.VISIT
                : ServiceType.valueOf(first.getServiceType()),
            description.strip(),
            today,
            new BigDecimal("1.00"),
            "C62",
            "бр.",
            price,
            price,
            prices.book().vatRateOn(today).setScale(2),
            Money.ZERO.amount());
    return issueNote(
        InvoiceKind.DEBIT_NOTE, original, List.of(line), List.of(first.getId()), reason);
  }

  private Invoice noteable(String number, String reason) {
    Invoice original = documents.byNumber(number);
    if (original.getKind() == InvoiceKind.CREDIT_NOTE) {
      throw new BillingException("billing.note.ofCreditNote");
    }
    if (reason == null || reason.isBlank()) {
      throw new BillingException("billing.note.reasonMissing");
    }
    return original;
  }

  private BigDecimal credited(long lineId) {
    Object sum =
        em.createNativeQuery(
                "SELECT COALESCE(SUM(l.quantity), 0) FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id"
                    + " WHERE l.referenced_line_id = ?1 AND i.kind = 'CREDIT_NOTE'")
            .setParameter(1, lineId)
            .getSingleResult();
    return (BigDecimal) sum;
  }

  private String issueNote(
      InvoiceKind kind, Invoice original, List<PricedLine> lines, List<Long> refs, String reason) {
    LocalDate today = today();
    Party supplier =
        new Party(
            original.getSupplierName(),
            original.getSupplierAddress(),
            original.getSupplierCity(),
            original.getSupplierPostcode(),
            original.getSupplierUic(),
            original.getSupplierVat());
    Party customer =
        new Party(
            original.getCustomerName(),
            original.getCustomerAddress(),
            original.getCustomerCity(),
            original.getCustomerPostcode(),
            original.getCustomerUic(),
            original.getCustomerVat());
    Document doc =
        new Document(
            kind,
            original.getClientId(),
            today,
            today,
            kind == InvoiceKind.DEBIT_NOTE ? today.plusDays(Invoicing.PAYMENT_DAYS) : today,
            supplier,
            customer,
            original.getIban(),
            original.getBic(),
            original.getBankName(),
            new Pricing(lines, List.of()),
            original.getId(),
            refs,
            reason.strip(),
            session.getCallerPrincipal().getName());
    String number = writer.write(doc, Instant.now(clock)).number();
    audit.record(kind.name() + "_ISSUED", SUBJECT, original.getId(), number);
    return number;
  }

  private boolean isClientAdmin() {
    return session.isCallerInRole(Roles.CLIENT_ADMIN)
        && !session.isCallerInRole(Roles.FINANCE)
        && !session.isCallerInRole(Roles.ADMIN);
  }

  private Long myClientId() {
    return clients.mine().map(Client::getId).orElse(-1L);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(SofiaTime.ZONE));
  }
}
