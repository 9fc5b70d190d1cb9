package bg.omegasoft.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.billing.entity.Pricing;
import bg.omegasoft.billing.entity.Work;
import bg.omegasoft.shared.entity.ServiceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StoredPriceBookTest {

  static StoredPriceBook book() {
    TreeMap<LocalDate, StoredPriceBook.Version> versions = new TreeMap<>();
    versions.put(
        LocalDate.of(2025, 1, 1),
        new StoredPriceBook.Version(
            LocalDate.of(2025, 12, 31),
            Map.of(ServiceType.VISIT, new BigDecimal("55.00")),
            new BigDecimal("40.00")));
    versions.put(
        LocalDate.of(2026, 1, 1),
        new StoredPriceBook.Version(
            null, Map.of(ServiceType.VISIT, new BigDecimal("60.00")), new BigDecimal("50.00")));
    TreeMap<LocalDate, BigDecimal> vat = new TreeMap<>();
    vat.put(LocalDate.of(2007, 1, 1), new BigDecimal("20.00"));
    vat.put(LocalDate.of(2027, 1, 1), new BigDecimal("9.00"));
    return new StoredPriceBook(versions, vat);
  }

  @Test
  void theVersionValidOnTheDay() {
    StoredPriceBook book = book();
    assertEquals(Optional.empty(), book.priceOn(ServiceType.VISIT, LocalDate.of(2024, 12, 31)));
    assertEquals(
        new BigDecimal("55.00"),
        book.priceOn(ServiceType.VISIT, LocalDate.of(2025, 12, 31)).orElseThrow());
    assertEquals(
        new BigDecimal("60.00"),
        book.priceOn(ServiceType.VISIT, LocalDate.of(2026, 1, 1)).orElseThrow());
    assertEquals(
        new BigDecimal("50.00"), book.referralRewardOn(LocalDate.of(2030, 5, 5)).orElseThrow());
  }

  @Test
  void theVatRateOfTheDayTheWorkWasDoneGivesOneGroupPerRate() {
    Work before =
        new Work(
            1,
            "protocol:1",
            ServiceType.VISIT,
            null,
            LocalDate.of(2026, 12, 31),
            60,
            BigDecimal.ONE,
            null,
            false,
            "Декември");
    Work after =
        new Work(
            2,
            "protocol:2",
            ServiceType.VISIT,
            null,
            LocalDate.of(2027, 1, 4),
            60,
            BigDecimal.ONE,
            null,
            false,
            "Януари");
    Pricing pricing =
        new PricingEngine(book(), d -> Optional.empty(), Map.of()).price(List.of(before, after));
    List<Pricing.VatGroup> groups = pricing.vatBreakdown();
    assertEquals(2, groups.size());
    assertEquals(new BigDecimal("5.40"), groups.get(0).vat(), "9 % of 60.00");
    assertEquals(new BigDecimal("12.00"), groups.get(1).vat(), "20 % of 60.00");
    assertEquals(new BigDecimal("137.40"), pricing.total());
    assertTrue(pricing.skips().isEmpty());
  }
}
