package bg.omegasoft.billing.control;

import bg.omegasoft.shared.entity.ServiceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Keeps the price list and VAT rates in memory, so that issuing an invoice does not read them
 * again; a committed change of the price list drops the copy.
 */
@ApplicationScoped
public class PriceBookCache {

  /** Fired by whoever changes the price list or the VAT rates. */
  public record Changed() {}

  @PersistenceContext private EntityManager em;

  private volatile StoredPriceBook book;

  public StoredPriceBook book() {
    StoredPriceBook current = book;
    if (current == null) {
      current = load();
      book = current;
    }
    return current;
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) Changed changed) {
    book = null;
  }

  private StoredPriceBook load() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT v.valid_from, v.valid_to, v.referral_reward, e.service_type, e.price"
                    + " FROM price_list_version v LEFT JOIN price_list_entry e ON e.version_id = v.id")
            .getResultList();
    Map<LocalDate, Map<ServiceType, BigDecimal>> prices = new TreeMap<>();
    Map<LocalDate, Object[]> heads = new TreeMap<>();
    for (Object[] row : rows) {
      LocalDate from = ((Date) row[0]).toLocalDate();
      heads.putIfAbsent(from, row);
      Map<ServiceType, BigDecimal> map =
          prices.computeIfAbsent(from, d -> new EnumMap<>(ServiceType.class));
      if (row[3] != null) {
        map.put(ServiceType.valueOf((String) row[3]), (BigDecimal) row[4]);
      }
    }
    NavigableMap<LocalDate, StoredPriceBook.Version> versions = new TreeMap<>();
    heads.forEach(
        (from, row) ->
            versions.put(
                from,
                new StoredPriceBook.Version(
                    row[1] == null ? null : ((Date) row[1]).toLocalDate(),
                    Map.copyOf(prices.get(from)),
                    (BigDecimal) row[2])));
    NavigableMap<LocalDate, BigDecimal> vat = new TreeMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rates =
        em.createNativeQuery("SELECT valid_from, rate FROM vat_rate").getResultList();
    for (Object[] row : rates) {
      vat.put(((Date) row[0]).toLocalDate(), (BigDecimal) row[1]);
    }
    return new StoredPriceBook(versions, vat);
  }
}
