package bg.omegasoft.billing.boundary;

import bg.omegasoft.billing.control.BillableItems;
import bg.omegasoft.billing.control.BillableItems.NewItem;
import bg.omegasoft.billing.control.ChunkPricing;
import bg.omegasoft.billing.control.ChunkPricing.Priced;
import bg.omegasoft.billing.control.Document;
import bg.omegasoft.billing.control.DocumentWriter;
import bg.omegasoft.billing.control.InvoiceDocuments;
import bg.omegasoft.billing.control.InvoicePdf;
import bg.omegasoft.billing.control.InvoiceUbl;
import bg.omegasoft.billing.control.Party;
import bg.omegasoft.billing.entity.Invoice;
import bg.omegasoft.billing.entity.InvoiceKind;
import bg.omegasoft.billing.entity.PricedLine;
import bg.omegasoft.billing.entity.Pricing;
import bg.omegasoft.billing.entity.Work;
import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.contracts.boundary.ContractTerms;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.learning.boundary.BillableTrainings;
import bg.omegasoft.messaging.boundary.Letter;
import bg.omegasoft.messaging.boundary.Outbox;
import bg.omegasoft.organisation.boundary.OrganisationSettings;
import bg.omegasoft.organisation.entity.Organisation;
import bg.omegasoft.servicedesk.boundary.BillableWork;
import bg.omegasoft.shared.control.Formatter;
import bg.omegasoft.shared.control.SofiaTime;
import bg.omegasoft.shared.entity.ServiceType;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Invoicing as the nightly run and FINANCE's "invoice now" do it: collect billable items from the
 * other capabilities, price a client's open items, issue the invoice in the caller's transaction.
 */
@Stateless
@RolesAllowed({Roles.BATCH_OPERATOR, Roles.FINANCE, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Invoicing implements NightlyInvoicing {

  /** Days from issue to the due date of payment. */
  public static final int PAYMENT_DAYS = 14;

  @EJB private BillableWork desk;
  @EJB private BillableTrainings learning;
  @EJB private Clients clients;
  @EJB private OrganisationSettings organisation;
  @Inject private ContractTerms contracts;
  @Inject private BillableItems items;
  @Inject private DocumentWriter writer;
  @Inject private ChunkPricing chunkPricing;
  @Inject private InvoiceDocuments documents;
  @EJB private Outbox outbox;
  @Resource private SessionContext session;

  private final Clock clock = Clock.systemUTC();

  @Override
  public int collect(LocalDate billingDate) {
    List<NewItem> found = new ArrayList<>();
    for (BillableWork.Done done : desk.billableUpTo(billingDate)) {
      found.add(
          new NewItem(
              done.sourceKey(),
              done.clientId(),
              done.type(),
              done.type() == ServiceType.EXPRESS ? done.mode() : null,
              done.doneOn(),
              done.minutes(),
              BigDecimal.ONE,
              null,
              done.expressKept(),
              done.description()));
    }
    for (BillableTrainings.Trained trained : learning.billableUpTo(billingDate)) {
      found.add(
          new NewItem(
              trained.sourceKey(),
              trained.clientId(),
              trained.individual() ? ServiceType.INDIVIDUAL_TRAINING : ServiceType.TRAINING,
              null,
              trained.doneOn(),
              0,
              BigDecimal.ONE,
              trained.amount(),
              false,
              trained.description()));
    }
    List<ContractTerms.FeeDue> fees = contracts.feesDueUpTo(billingDate);
    items.withdrawOpenFees(
        fees.stream().map(ContractTerms.FeeDue::sourceKey).collect(Collectors.toSet()),
        billingDate);
    for (ContractTerms.FeeDue fee : fees) {
      found.add(
          new NewItem(
              fee.sourceKey(),
              fee.clientId(),
              ServiceType.CONTRACT_FEE,
              null,
              fee.periodStart(),
              0,
              BigDecimal.ONE,
              fee.amount(),
              false,
              fee.description()));
    }
    return items.register(found, Instant.now(clock));
  }

  @Override
  public List<Long> clientsToInvoice(LocalDate billingDate) {
    return items.clientsWithOpenItems(billingDate);
  }

  @Override
  public Proposal propose(long clientId, LocalDate billingDate) {
    List<Work> open = items.open(clientId, billingDate);
    Pricing pricing = chunkPricing.priceOne(clientId, open);
    return new Proposal(
        clientId,
        billingDate,
        pricing.lines().stream().map(PricedLine::itemId).toList(),
        pricing.lines().size(),
        pricing.taxBase(),
        pricing.vat(),
        pricing.total(),
        pricing.skips());
  }

  @Override
  public Optional<String> issue(Proposal proposal) {
    Instant now = Instant.now(clock);
    items.recordSkips(proposal.skipped(), proposal.billingDate(), now);
    List<Work> locked = items.lockOpen(proposal.clientId(), proposal.itemIds());
    Outcome outcome =
        issueLocked(
            locked.isEmpty() ? Map.of() : Map.of(proposal.clientId(), locked),
            proposal.billingDate(),
            null,
            now);
    return outcome.numbers().stream().findFirst();
  }

  @Override
  public Outcome proposeAll(List<Long> clientIds, LocalDate billingDate) {
    return chunkPricing.price(items.openOf(clientIds, billingDate, false)).outcome(List.of());
  }

  @Override
  public Outcome issueAll(List<Long> clientIds, LocalDate billingDate) {
    Instant now = Instant.now(clock);
    return issueLocked(items.openOf(clientIds, billingDate, true), billingDate, billingDate, now);
  }

  /**
   * Prices the locked items per client and issues an invoice for each client that has priced lines:
   * the customers, contract terms and included hours used are read once for all clients, the
   * invoices are written together.
   */
  private Outcome issueLocked(
      Map<Long, List<Work>> locked, LocalDate billingDate, LocalDate runDate, Instant now) {
    if (locked.isEmpty()) {
      return Priced.NOTHING.outcome(List.of());
    }
    Priced priced = chunkPricing.price(locked);
    items.recordSkips(priced.skips(), billingDate, now);
    if (priced.invoices().isEmpty()) {
      return priced.outcome(List.of());
    }
    LocalDate today = LocalDate.now(clock.withZone(SofiaTime.ZONE));
    Organisation supplier = organisation.current();
    Party from = supplierOf(supplier);
    String issuedBy = session.getCallerPrincipal().getName();
    List<Document> docs = new ArrayList<>();
    List<Long> invoiced = new ArrayList<>();
    for (Map.Entry<Long, ChunkPricing.ToInvoice> entry : priced.invoices().entrySet()) {
      Pricing pricing = entry.getValue().pricing();
      docs.add(
          new Document(
              InvoiceKind.INVOICE,
              entry.getKey(),
              today,
              pricing.taxDate(billingDate),
              today.plusDays(PAYMENT_DAYS),
              from,
              customerOf(entry.getValue().customer()),
              supplier.getIban(),
              supplier.getBic(),
              supplier.getBankName(),
              pricing,
              null,
              List.of(),
              null,
              issuedBy));
      pricing.lines().forEach(line -> invoiced.add(line.itemId()));
    }
    List<String> numbers =
        writer.writeAll(docs, runDate, now).stream().map(DocumentWriter.Written::number).toList();
    writer.markInvoiced(invoiced);
    return priced.outcome(numbers);
  }

  @Override
  public void deliver(List<String> invoiceNumbers) {
    deliverIssued(documents.idsOf(invoiceNumbers));
  }

  @Override
  public List<Long> undelivered(LocalDate billingDate, int part, int parts) {
    return documents.undelivered(billingDate, part, parts);
  }

  @Override
  public int deliverIssued(List<Long> invoiceIds) {
    List<Invoice> invoices = documents.toDeliver(invoiceIds);
    if (invoices.isEmpty()) {
      return 0;
    }
    Map<Long, String> emails = new HashMap<>();
    for (Client client :
        clients.forInvoicing(invoices.stream().map(Invoice::getClientId).distinct().toList())) {
      emails.put(client.getId(), client.getEmail());
    }
    List<InvoiceDocuments.Rendered> rendered = new ArrayList<>();
    for (Invoice invoice : invoices) {
      Invoice referenced = documents.referencedBy(invoice);
      InvoiceDocuments.Rendered documentsOf =
          new InvoiceDocuments.Rendered(
              invoice.getId(),
              InvoicePdf.of(invoice, referenced, false),
              InvoiceUbl.of(invoice, referenced));
      rendered.add(documentsOf);
      String email = emails.get(invoice.getClientId());
      if (email != null && !email.isBlank()) {
        InvoiceKind kind = invoice.getKind();
        outbox.queue(
            Letter.to(email)
                .template(
                    kind == InvoiceKind.CREDIT_NOTE ? "billing.creditNote" : "billing.document",
                    locale -> {
                      String title = Formatter.isEnglish(locale) ? kind.titleEn() : kind.titleBg();
                      return new Object[] {
                        title,
                        invoice.getNumber(),
                        title.toLowerCase(locale),
                        Formatter.date(invoice.getIssueDate(), locale),
                        Formatter.money(invoice.getTotal(), locale),
                        Formatter.date(invoice.getDueDate(), locale),
                        invoice.getIban(),
                        invoice.getPaymentReference(),
                        referenced == null ? "" : referenced.getNumber()
                      };
                    })
                .once("billing-document:" + invoice.getNumber())
                .about("invoice:" + invoice.getId())
                .attach(invoice.getNumber() + ".pdf", "application/pdf", documentsOf.pdf())
                .attach(invoice.getNumber() + ".xml", "application/xml", documentsOf.xml()));
      }
    }
    documents.keepAll(rendered, Instant.now(clock));
    return invoices.size();
  }

  @Override
  public List<Skip> skippedOn(LocalDate billingDate) {
    return items.skippedOn(billingDate);
  }

  static Party supplierOf(Organisation o) {
    return new Party(
        o.getName(), o.getStreet(), o.getCity(), o.getPostcode(), o.getUic(), o.getVatNumber());
  }

  static Party customerOf(Client c) {
    return new Party(
        c.getName(),
        c.getStreet() == null ? "" : c.getStreet(),
        c.getCity() == null ? "" : c.getCity(),
        c.getPostcode(),
        c.getUic(),
        c.getVatNumber());
  }
}
