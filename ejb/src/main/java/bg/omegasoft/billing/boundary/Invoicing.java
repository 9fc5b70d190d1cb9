package bg.omegasoft.billing.boundary;

import bg.omegasoft.billing.control.BillableItems;
import bg.omegasoft.billing.control.BillableItems.NewItem;
import bg.omegasoft.billing.control.Document;
import bg.omegasoft.billing.control.DocumentWriter;
import bg.omegasoft.billing.control.InvoiceDocuments;
import bg.omegasoft.billing.control.InvoiceMail;
import bg.omegasoft.billing.control.Party;
import bg.omegasoft.billing.control.PriceBookCache;
import bg.omegasoft.billing.control.PricingEngine;
import bg.omegasoft.billing.entity.Invoice;
import bg.omegasoft.billing.entity.InvoiceKind;
import bg.omegasoft.billing.entity.PricedLine;
import bg.omegasoft.billing.entity.Pricing;
import bg.omegasoft.billing.entity.VatNumber;
import bg.omegasoft.billing.entity.Work;
import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.contracts.boundary.ContractTerms;
import bg.omegasoft.contracts.boundary.ContractTerms.Coverage;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.learning.boundary.BillableTrainings;
import bg.omegasoft.organisation.boundary.OrganisationSettings;
import bg.omegasoft.organisation.entity.Organisation;
import bg.omegasoft.servicedesk.boundary.BillableWork;
import bg.omegasoft.shared.control.SofiaTime;
import bg.omegasoft.shared.entity.ServiceType;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
  @Inject private Instance<ContractTerms> contracts;
  @Inject private BillableItems items;
  @Inject private DocumentWriter writer;
  @Inject private PriceBookCache prices;
  @Inject private InvoiceDocuments documents;
  @Inject private Event<InvoiceMail.Delivered> delivered;
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
    if (contracts.isResolvable()) {
      List<ContractTerms.FeeDue> fees = contracts.get().feesDueUpTo(billingDate);
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
    Pricing pricing = engineFor(clientId, open).price(open);
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
    if (locked.isEmpty()) {
      return Optional.empty();
    }
    Pricing pricing = engineFor(proposal.clientId(), locked).price(locked);
    items.recordSkips(pricing.skips(), proposal.billingDate(), now);
    if (pricing.lines().isEmpty()) {
      return Optional.empty();
    }
    Client customer = clients.forInvoicing(proposal.clientId());
    if (customer.getVatNumber() != null && !VatNumber.isValid(customer.getVatNumber())) {
      String reason = "Невалиден ДДС номер на клиента: „" + customer.getVatNumber() + "“.";
      items.recordSkips(
          locked.stream().map(w -> new Skip(w.itemId(), w.sourceKey(), reason)).toList(),
          proposal.billingDate(),
          now);
      return Optional.empty();
    }
    LocalDate today = LocalDate.now(clock.withZone(SofiaTime.ZONE));
    Organisation supplier = organisation.current();
    Document doc =
        new Document(
            InvoiceKind.INVOICE,
            proposal.clientId(),
            today,
            pricing.taxDate(proposal.billingDate()),
            today.plusDays(PAYMENT_DAYS),
            supplierOf(supplier),
            customerOf(customer),
            supplier.getIban(),
            supplier.getBic(),
            supplier.getBankName(),
            pricing,
            null,
            List.of(),
            null,
            session.getCallerPrincipal().getName());
    DocumentWriter.Written written = writer.write(doc, now);
    writer.markInvoiced(pricing.lines().stream().map(PricedLine::itemId).toList());
    return Optional.of(written.number());
  }

  @Override
  public void deliver(List<String> invoiceNumbers) {
    List<InvoiceMail.Letter> letters = new ArrayList<>();
    for (String number : invoiceNumbers) {
      if (documents.render(number)) {
        Invoice invoice = documents.byNumber(number);
        String email = clients.forInvoicing(invoice.getClientId()).getEmail();
        if (email != null && !email.isBlank()) {
          letters.add(
              new InvoiceMail.Letter(
                  number,
                  invoice.getKind().titleBg(),
                  email,
                  documents.pdf(invoice, false),
                  documents.xml(invoice)));
        }
      }
    }
    delivered.fire(new InvoiceMail.Delivered(letters));
  }

  @Override
  public List<Skip> skippedOn(LocalDate billingDate) {
    return items.skippedOn(billingDate);
  }

  private PricingEngine engineFor(long clientId, List<Work> work) {
    if (!contracts.isResolvable() || work.isEmpty()) {
      return new PricingEngine(prices.book(), day -> Optional.empty(), Map.of());
    }
    ContractTerms terms = contracts.get();
    Map<LocalDate, Optional<Coverage>> byDay = new HashMap<>();
    Function<LocalDate, Optional<Coverage>> coverage =
        day -> byDay.computeIfAbsent(day, d -> terms.coverageOn(clientId, d));
    LocalDate first = work.stream().map(Work::doneOn).min(Comparator.naturalOrder()).orElseThrow();
    Map<YearMonth, BigDecimal> used = items.coveredHoursSince(clientId, first);
    return new PricingEngine(prices.book(), coverage, used);
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
