package bg.omegasoft.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.billing.entity.PricedLine;
import bg.omegasoft.billing.entity.Pricing;
import bg.omegasoft.billing.entity.Work;
import bg.omegasoft.contracts.boundary.ContractTerms.Coverage;
import bg.omegasoft.shared.entity.ServiceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PricingEngineTest {

  static final LocalDate OLD_DAY = LocalDate.of(2026, 3, 10);
  static final LocalDate DAY = LocalDate.of(2026, 11, 10);

  /** Two versions: prices rose on 1 July 2026. */
  static final PriceBook BOOK =
      new PriceBook() {
        @Override
        public Optional<BigDecimal> priceOn(ServiceType type, LocalDate day) {
          boolean old = day.isBefore(LocalDate.of(2026, 7, 1));
          return Optional.ofNullable(
                  switch (type) {
                    case VISIT -> old ? "50.00" : "60.00";
                    case REMOTE -> old ? "12.00" : "13.33";
                    case PASSWORD_RECOVERY -> "25.00";
                    case LICENCE_OWNER_CHANGE -> "80.00";
                    case TRAINING -> "150.00";
                    default -> null;
                  })
              .map(BigDecimal::new);
        }

        @Override
        public Optional<BigDecimal> referralRewardOn(LocalDate day) {
          return Optional.of(new BigDecimal("30.00"));
        }

        @Override
        public BigDecimal vatRateOn(LocalDate day) {
          return new BigDecimal("20");
        }
      };

  static Work timed(
      long id, ServiceType type, ServiceType mode, LocalDate day, int minutes, boolean kept) {
    return new Work(
        id, "protocol:" + id, type, mode, day, minutes, BigDecimal.ONE, null, kept, "Работа " + id);
  }

  static Pricing price(List<Work> items) {
    return new PricingEngine(BOOK, d -> Optional.empty(), Map.of()).price(items);
  }

  static Pricing price(List<Work> items, Coverage coverage, Map<YearMonth, BigDecimal> used) {
    return new PricingEngine(BOOK, d -> Optional.of(coverage), used).price(items);
  }

  static Coverage contract(
      BigDecimal included, Map<ServiceType, BigDecimal> rates, String discount) {
    return new Coverage(
        7,
        "Д-2026-007",
        Set.of(ServiceType.VISIT, ServiceType.REMOTE),
        included,
        rates,
        new BigDecimal(discount));
  }

  @Test
  void aVisitCountsEveryStartedHalfHour() {
    PricedLine line =
        price(List.of(timed(1, ServiceType.VISIT, null, DAY, 61, false))).lines().get(0);
    assertEquals(new BigDecimal("1.50"), line.quantity());
    assertEquals("HUR", line.unitCode());
    assertEquals(new BigDecimal("60.00"), line.unitPrice());
    assertEquals(new BigDecimal("90.00"), line.taxBase());
  }

  @Test
  void remoteWorkCountsEveryStartedQuarterHour() {
    PricedLine line =
        price(List.of(timed(1, ServiceType.REMOTE, null, DAY, 31, false))).lines().get(0);
    assertEquals(new BigDecimal("3.00"), line.quantity());
    assertEquals(new BigDecimal("39.99"), line.taxBase());
  }

  @Test
  void workIsPricedWithTheVersionValidOnTheDayItWasDone() {
    Pricing pricing =
        price(
            List.of(
                timed(1, ServiceType.VISIT, null, OLD_DAY, 60, false),
                timed(2, ServiceType.VISIT, null, DAY, 60, false)));
    assertEquals(new BigDecimal("50.00"), pricing.lines().get(0).unitPrice());
    assertEquals(new BigDecimal("60.00"), pricing.lines().get(1).unitPrice());
  }

  @Test
  void expressIsDoubledOnlyWhenThePromiseWasKept() {
    PricedLine kept =
        price(List.of(timed(1, ServiceType.EXPRESS, ServiceType.VISIT, DAY, 60, true)))
            .lines()
            .get(0);
    PricedLine breached =
        price(List.of(timed(2, ServiceType.EXPRESS, ServiceType.VISIT, DAY, 60, false)))
            .lines()
            .get(0);
    assertEquals(new BigDecimal("120.00"), kept.unitPrice());
    assertEquals(new BigDecimal("120.00"), kept.taxBase());
    assertEquals(new BigDecimal("60.00"), breached.unitPrice());
    assertTrue(breached.description().contains("не е спазен"));
  }

  @Test
  void fixedPricesAndTrainingsPerTrainee() {
    Pricing pricing =
        price(
            List.of(
                new Work(
                    1,
                    "password:1",
                    ServiceType.PASSWORD_RECOVERY,
                    null,
                    DAY,
                    0,
                    BigDecimal.ONE,
                    null,
                    false,
                    "Парола"),
                new Work(
                    2,
                    "licence:2",
                    ServiceType.LICENCE_OWNER_CHANGE,
                    null,
                    DAY,
                    0,
                    BigDecimal.ONE,
                    null,
                    false,
                    "Лиценз"),
                new Work(
                    3,
                    "enrolment:3",
                    ServiceType.TRAINING,
                    null,
                    DAY,
                    0,
                    new BigDecimal(3),
                    null,
                    false,
                    "Обучение")));
    assertEquals(new BigDecimal("25.00"), pricing.lines().get(0).taxBase());
    assertEquals(new BigDecimal("80.00"), pricing.lines().get(1).taxBase());
    assertEquals(new BigDecimal("450.00"), pricing.lines().get(2).taxBase());
  }

  @Test
  void agreedAmountsOfQuotesAndFeesAreTakenAsTheyAre() {
    Pricing pricing =
        price(
            List.of(
                new Work(
                    1,
                    "quote:1",
                    ServiceType.INDIVIDUAL_TRAINING,
                    null,
                    DAY,
                    0,
                    BigDecimal.ONE,
                    new BigDecimal("1234.565"),
                    false,
                    "Оферта"),
                new Work(
                    2,
                    "contract-fee:1:2026-11-01",
                    ServiceType.CONTRACT_FEE,
                    null,
                    DAY,
                    0,
                    BigDecimal.ONE,
                    new BigDecimal("300"),
                    false,
                    "Такса")));
    assertEquals(
        new BigDecimal("1234.57"), pricing.lines().get(0).taxBase(), "half-up to the cent");
    assertEquals(new BigDecimal("300.00"), pricing.lines().get(1).taxBase());
  }

  @Test
  void referralRewardIsADiscountOnlyWhenThereIsWorkToCarryIt() {
    Work reward =
        new Work(
            9,
            "referral:9",
            ServiceType.VISIT,
            null,
            DAY,
            0,
            BigDecimal.ONE,
            null,
            false,
            "Награда за препоръка");
    Pricing alone = price(List.of(reward));
    assertTrue(alone.lines().isEmpty());
    assertTrue(alone.skips().isEmpty(), "the reward waits, it is not skipped");
    Pricing withWork = price(List.of(timed(1, ServiceType.VISIT, null, DAY, 60, false), reward));
    assertEquals(new BigDecimal("30.00"), withWork.taxBase());
    assertEquals(new BigDecimal("-1.00"), withWork.lines().get(1).quantity());
  }

  @Test
  void coveredWorkIsFreeUpToTheIncludedHours() {
    Pricing pricing =
        price(
            List.of(timed(1, ServiceType.VISIT, null, DAY, 120, false)),
            contract(new BigDecimal("10"), Map.of(), "0"),
            Map.of(YearMonth.of(2026, 11), new BigDecimal("3")));
    PricedLine line = pricing.lines().get(0);
    assertEquals(new BigDecimal("0.00"), line.taxBase());
    assertEquals(new BigDecimal("2.00"), line.coveredHours());
  }

  @Test
  void workBeyondTheIncludedHoursAtTheContractRate() {
    Map<ServiceType, BigDecimal> rates = new EnumMap<>(ServiceType.class);
    rates.put(ServiceType.VISIT, new BigDecimal("45.00"));
    Pricing pricing =
        price(
            List.of(
                timed(1, ServiceType.VISIT, null, DAY, 120, false),
                timed(2, ServiceType.VISIT, null, DAY.plusDays(1), 90, false)),
            contract(new BigDecimal("3"), rates, "0"),
            Map.of());
    assertEquals(new BigDecimal("0.00"), pricing.lines().get(0).taxBase());
    PricedLine over = pricing.lines().get(1);
    assertEquals(new BigDecimal("1.00"), over.coveredHours());
    assertEquals(new BigDecimal("0.50"), over.quantity());
    assertEquals(new BigDecimal("22.50"), over.taxBase());
  }

  @Test
  void workBeyondTheIncludedHoursWithoutAContractRateAtTheDiscountedListPrice() {
    Pricing pricing =
        price(
            List.of(timed(1, ServiceType.REMOTE, null, DAY, 60, false)),
            contract(new BigDecimal("0.5"), Map.of(), "10"),
            Map.of());
    PricedLine line = pricing.lines().get(0);
    assertEquals(new BigDecimal("2.00"), line.quantity(), "two quarters beyond the half hour");
    assertEquals(new BigDecimal("12.00"), line.unitPrice(), "13.33 less 10 % half-up");
    assertEquals(new BigDecimal("24.00"), line.taxBase());
  }

  @Test
  void includedHoursThatAreNoWholeQuarterCoverRemoteWorkInWholeQuartersOnly() {
    // contracts accept any included hours to the cent (e.g. 1.10 h); remote work is counted in
    // quarters, so only the whole quarters left are covered and the rest is charged
    Pricing pricing =
        price(
            List.of(timed(1, ServiceType.REMOTE, null, DAY, 90, false)),
            contract(new BigDecimal("1.10"), Map.of(), "10"),
            Map.of());
    PricedLine line = pricing.lines().get(0);
    assertEquals(new BigDecimal("1.00"), line.coveredHours());
    assertEquals(new BigDecimal("2.00"), line.quantity(), "the two quarters beyond the hour");
    assertEquals(new BigDecimal("24.00"), line.taxBase());
  }

  @Test
  void vatIsTwentyPercentOfEachRatesBaseRoundedHalfUp() {
    Pricing pricing =
        price(
            List.of(
                timed(1, ServiceType.REMOTE, null, DAY, 15, false),
                timed(2, ServiceType.REMOTE, null, DAY, 15, false),
                timed(3, ServiceType.REMOTE, null, DAY, 15, false),
                timed(4, ServiceType.REMOTE, null, DAY, 15, false),
                timed(5, ServiceType.REMOTE, null, DAY, 15, false),
                timed(6, ServiceType.REMOTE, null, DAY, 15, false),
                timed(7, ServiceType.REMOTE, null, DAY, 15, false),
                timed(8, ServiceType.REMOTE, null, DAY, 15, false),
                timed(9, ServiceType.REMOTE, null, DAY, 15, false),
                timed(10, ServiceType.REMOTE, null, DAY, 15, false),
                new Work(
                    11,
                    "quote:11",
                    ServiceType.INDIVIDUAL_TRAINING,
                    null,
                    DAY,
                    0,
                    BigDecimal.ONE,
                    new BigDecimal("0.03"),
                    false,
                    "x")));
    assertEquals(new BigDecimal("133.33"), pricing.taxBase());
    assertEquals(new BigDecimal("26.67"), pricing.vat(), "26.666 half-up");
    assertEquals(new BigDecimal("160.00"), pricing.total());
    assertEquals(1, pricing.vatBreakdown().size());
  }

  @Test
  void itemsWithoutAPriceAreSkippedWithAReasonInBulgarian() {
    PriceBook empty =
        new PriceBook() {
          @Override
          public Optional<BigDecimal> priceOn(ServiceType type, LocalDate day) {
            return Optional.empty();
          }

          @Override
          public Optional<BigDecimal> referralRewardOn(LocalDate day) {
            return Optional.empty();
          }

          @Override
          public BigDecimal vatRateOn(LocalDate day) {
            return new BigDecimal("20");
          }
        };
    Pricing pricing =
        new PricingEngine(empty, d -> Optional.empty(), Map.of())
            .price(List.of(timed(1, ServiceType.VISIT, null, DAY, 60, false)));
    assertTrue(pricing.lines().isEmpty());
    assertEquals(1, pricing.skips().size());
    assertTrue(pricing.skips().get(0).reason().startsWith("Няма цена"));
  }
}
