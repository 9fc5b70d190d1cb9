package bg.omegasoft.billing.control;

import bg.omegasoft.billing.boundary.NightlyInvoicing.Outcome;
import bg.omegasoft.billing.boundary.NightlyInvoicing.Skip;
import bg.omegasoft.billing.entity.Pricing;
import bg.omegasoft.billing.entity.Work;
import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.contracts.boundary.ContractTerms;
import bg.omegasoft.contracts.boundary.ContractTerms.Coverage;
import bg.omegasoft.shared.entity.VatNumber;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Prices the open items of several clients at once with the pricing engine: the price book, the
 * clients under contract, the included hours they used and the customers are read once for all.
 */
@ApplicationScoped
public class ChunkPricing {

  @EJB private Clients clients;
  @Inject private ContractTerms contracts;
  @Inject private PriceBookCache prices;
  @Inject private BillableItems items;

  /** What one client's invoice would carry, and the customer it goes to. */
  public record ToInvoice(Client customer, Pricing pricing) {}

  /**
   * The clients' items priced: per client with priced lines and a valid customer, what its invoice
   * carries (ascending by client id); every item that cannot be priced (or whose customer has an
   * invalid VAT number) as a skip with its reason.
   */
  public record Priced(Map<Long, ToInvoice> invoices, List<Skip> skips) {

    public static final Priced NOTHING = new Priced(Map.of(), List.of());

    /** The figures of these invoices, issued with the given numbers (none in a dry run). */
    public Outcome outcome(List<String> numbers) {
      int lines = 0;
      BigDecimal taxBase = BigDecimal.ZERO;
      BigDecimal vat = BigDecimal.ZERO;
      BigDecimal total = BigDecimal.ZERO;
      for (ToInvoice invoice : invoices.values()) {
        lines += invoice.pricing().lines().size();
        taxBase = taxBase.add(invoice.pricing().taxBase());
        vat = vat.add(invoice.pricing().vat());
        total = total.add(invoice.pricing().total());
      }
      return new Outcome(numbers, invoices.size(), lines, taxBase, vat, total, skips.size());
    }
  }

  /** Prices the open items, given per client. */
  public Priced price(Map<Long, List<Work>> open) {
    List<Long> clientIds = List.copyOf(open.keySet());
    Engines engines = engines(clientIds, open);
    Map<Long, Client> customers = new HashMap<>();
    for (Client client : clients.forInvoicing(clientIds)) {
      customers.put(client.getId(), client);
    }
    Map<Long, ToInvoice> invoices = new TreeMap<>();
    List<Skip> skips = new ArrayList<>();
    for (Map.Entry<Long, List<Work>> entry : open.entrySet()) {
      Pricing pricing = engines.forClient(entry.getKey(), entry.getValue());
      skips.addAll(pricing.skips());
      if (pricing.lines().isEmpty()) {
        continue;
      }
      Client customer = customers.get(entry.getKey());
      if (customer.getVatNumber() != null && !VatNumber.isValid(customer.getVatNumber())) {
        String reason = "Невалиден ДДС номер на клиента: „" + customer.getVatNumber() + "“.";
        entry.getValue().stream()
            .filter(w -> pricing.skips().stream().noneMatch(s -> s.billableItemId() == w.itemId()))
            .forEach(w -> skips.add(new Skip(w.itemId(), w.sourceKey(), reason)));
        continue;
      }
      invoices.put(entry.getKey(), new ToInvoice(customer, pricing));
    }
    return new Priced(invoices, skips);
  }

  /** Prices one client's open items (what "invoice now" previews); the customer is not checked. */
  public Pricing priceOne(long clientId, List<Work> open) {
    return engines(List.of(clientId), Map.of(clientId, open)).forClient(clientId, open);
  }

  /** Pricing engines for clients: the contract terms and hours used are read once for all. */
  private record Engines(
      PriceBook book,
      ContractTerms terms,
      Set<Long> contracted,
      Map<Long, Map<YearMonth, BigDecimal>> used) {

    Pricing forClient(long clientId, List<Work> work) {
      if (!contracted.contains(clientId)) {
        return new PricingEngine(book, day -> Optional.empty(), Map.of()).price(work);
      }
      Map<LocalDate, Optional<Coverage>> byDay = new HashMap<>();
      Function<LocalDate, Optional<Coverage>> coverage =
          day -> byDay.computeIfAbsent(day, d -> terms.coverageOn(clientId, d));
      return new PricingEngine(book, coverage, used.getOrDefault(clientId, Map.of())).price(work);
    }
  }

  private Engines engines(List<Long> clientIds, Map<Long, List<Work>> work) {
    Set<Long> contracted = contracts.withContracts(clientIds);
    Optional<LocalDate> first =
        contracted.stream()
            .flatMap(id -> work.getOrDefault(id, List.of()).stream())
            .map(Work::doneOn)
            .min(Comparator.naturalOrder());
    Map<Long, Map<YearMonth, BigDecimal>> used =
        first.isEmpty() ? Map.of() : items.coveredHoursSince(contracted, first.get());
    return new Engines(prices.book(), contracts, contracted, used);
  }
}
