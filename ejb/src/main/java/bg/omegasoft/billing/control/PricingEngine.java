package bg.omegasoft.billing.control;

import bg.omegasoft.billing.boundary.NightlyInvoicing.Skip;
import bg.omegasoft.billing.entity.PricedLine;
import bg.omegasoft.billing.entity.Pricing;
import bg.omegasoft.billing.entity.Work;
import bg.omegasoft.contracts.boundary.ContractTerms.Coverage;
import bg.omegasoft.shared.entity.Money;
import bg.omegasoft.shared.entity.ServiceType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one pricing engine for every billable item (B4): time from the work log in started half hours
 * (visits) or quarter hours (remote work) at the list price of the day the work was done; express
 * work at double the list price only when the 24-hour promise was kept; fixed prices; standard
 * trainings per trainee; agreed amounts of quotes and contract fees; referral rewards as discounts.
 * A contract covers its service types up to the included hours of each month; beyond them the
 * contract's own rate applies, or the list price less the contract's discount. Every line is
 * rounded half-up to the cent. Pure Java: no database, no container.
 */
public final class PricingEngine {

  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal QUARTER = new BigDecimal("0.25");
  private static final BigDecimal TWO = new BigDecimal(2);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final PriceBook book;
  private final Function<LocalDate, Optional<Coverage>> coverage;
  private final Map<YearMonth, BigDecimal> usedHours;

  /**
   * @param coverage the client's contract coverage on a day
   * @param usedHours included hours already used per month by earlier invoices
   */
  public PricingEngine(
      PriceBook book,
      Function<LocalDate, Optional<Coverage>> coverage,
      Map<YearMonth, BigDecimal> usedHours) {
    this.book = book;
    this.coverage = coverage;
    this.usedHours = new HashMap<>(usedHours);
  }

  /** Prices the items in the order the work was done (so included hours are used up in order). */
  public Pricing price(List<Work> items) {
    List<Work> ordered =
        items.stream()
            .sorted(Comparator.comparing(Work::doneOn).thenComparing(Work::itemId))
            .toList();
    List<PricedLine> lines = new ArrayList<>();
    List<PricedLine> rewards = new ArrayList<>();
    List<Skip> skips = new ArrayList<>();
    for (Work work : ordered) {
      try {
        PricedLine line = line(work);
        (work.isReferralReward() ? rewards : lines).add(line);
      } catch (Unpriceable e) {
        skips.add(new Skip(work.itemId(), work.sourceKey(), e.getMessage()));
      }
    }
    // a reward is a discount on work: it waits for an invoice large enough to carry it
    BigDecimal base =
        lines.stream().map(PricedLine::taxBase).reduce(Money.ZERO.amount(), BigDecimal::add);
    for (PricedLine reward : rewards) {
      if (base.add(reward.taxBase()).signum() >= 0 && !lines.isEmpty()) {
        lines.add(reward);
        base = base.add(reward.taxBase());
      }
    }
    return new Pricing(List.copyOf(lines), List.copyOf(skips));
  }

  private PricedLine line(Work work) {
    BigDecimal vatRate = book.vatRateOn(work.doneOn());
    if (work.isReferralReward()) {
      BigDecimal reward =
          work.amount() != null
              ? work.amount()
              : book.referralRewardOn(work.doneOn())
                  .filter(r -> r.signum() > 0)
                  .orElseThrow(() -> new Unpriceable(noPrice("награда за препоръка", work)));
      return line(
          work, work.description(), new BigDecimal("-1"), "C62", "бр.", reward, vatRate, null);
    }
    return switch (work.type()) {
      case VISIT, REMOTE -> timed(work, work.type(), false, vatRate);
      case EXPRESS ->
          timed(work, work.mode() == null ? ServiceType.REMOTE : work.mode(), true, vatRate);
      case PASSWORD_RECOVERY, LICENCE_OWNER_CHANGE -> fixed(work, BigDecimal.ONE, "бр.", vatRate);
      case TRAINING -> fixed(work, work.quantity(), "участник", vatRate);
      case INDIVIDUAL_TRAINING, CONTRACT_FEE -> {
        if (work.amount() == null) {
          throw new Unpriceable("Липсва договорената сума за „" + work.description() + "“.");
        }
        yield line(
            work, work.description(), BigDecimal.ONE, "C62", "бр.", work.amount(), vatRate, null);
      }
    };
  }

  private PricedLine timed(Work work, ServiceType mode, boolean express, BigDecimal vatRate) {
    if (work.minutes() <= 0) {
      throw new Unpriceable(
          "Няма отработено време в работния дневник за „" + work.description() + "“.");
    }
    boolean visit = mode == ServiceType.VISIT;
    // visits: hours in started half hours; remote work: started quarter hours
    BigDecimal quantity =
        visit
            ? HALF.multiply(BigDecimal.valueOf(ceilDiv(work.minutes(), 30)))
            : BigDecimal.valueOf(ceilDiv(work.minutes(), 15));
    BigDecimal hours = visit ? quantity : quantity.multiply(QUARTER);
    String unitCode = visit ? "HUR" : "C62";
    String unitBg = visit ? "ч." : "15 мин.";
    BigDecimal listPrice =
        book.priceOn(mode, work.doneOn())
            .orElseThrow(
                () -> new Unpriceable(noPrice(visit ? "посещение" : "отдалечена работа", work)));
    String description = work.description();
    if (express) {
      if (work.expressKept()) {
        listPrice = listPrice.multiply(TWO);
        description += " (експресна услуга: 24-часовият срок е спазен, двойна цена)";
      } else {
        description += " (експресна услуга: 24-часовият срок не е спазен, единична цена)";
      }
      return line(work, description, quantity, unitCode, unitBg, listPrice, vatRate, null);
    }
    Optional<Coverage> contract = coverage.apply(work.doneOn());
    if (contract.isEmpty()) {
      return line(work, description, quantity, unitCode, unitBg, listPrice, vatRate, null);
    }
    Coverage terms = contract.get();
    BigDecimal overagePrice = overagePrice(terms, mode, listPrice);
    if (!terms.covered().contains(mode)) {
      return line(
          work,
          description + " (извън обхвата на договор № " + terms.contractNumber() + ")",
          quantity,
          unitCode,
          unitBg,
          overagePrice,
          vatRate,
          null);
    }
    YearMonth month = YearMonth.from(work.doneOn());
    BigDecimal used = usedHours.getOrDefault(month, BigDecimal.ZERO);
    BigDecimal left = terms.includedHoursPerMonth().subtract(used).max(BigDecimal.ZERO);
    if (!visit) {
      // remote work is counted in whole quarters, so only whole quarters of the hours left cover it
      left = QUARTER.multiply(left.divide(QUARTER, 0, RoundingMode.FLOOR));
    }
    BigDecimal covered = hours.min(left);
    usedHours.put(month, used.add(covered));
    BigDecimal chargedHours = hours.subtract(covered);
    BigDecimal charged =
        visit ? chargedHours : chargedHours.divide(QUARTER, 0, RoundingMode.UNNECESSARY);
    String note =
        chargedHours.signum() == 0
            ? " (по договор № "
                + terms.contractNumber()
                + ": "
                + plain(covered)
                + " ч. от включените часове)"
            : " (по договор № "
                + terms.contractNumber()
                + ": "
                + plain(covered)
                + " ч. от включените часове, "
                + plain(chargedHours)
                + " ч. над тях)";
    return line(
        work,
        description + note,
        chargedHours.signum() == 0 ? quantity : charged,
        unitCode,
        unitBg,
        chargedHours.signum() == 0 ? Money.ZERO.amount() : overagePrice,
        vatRate,
        covered);
  }

  private PricedLine fixed(Work work, BigDecimal quantity, String unitBg, BigDecimal vatRate) {
    String what = work.type() == ServiceType.TRAINING ? "стандартно обучение" : "услугата";
    BigDecimal listPrice =
        book.priceOn(work.type(), work.doneOn())
            .orElseThrow(() -> new Unpriceable(noPrice(what, work)));
    Optional<Coverage> contract = coverage.apply(work.doneOn());
    if (contract.isPresent()) {
      Coverage terms = contract.get();
      if (terms.covered().contains(work.type())) {
        return line(
            work,
            work.description() + " (покрито от договор № " + terms.contractNumber() + ")",
            quantity,
            "C62",
            unitBg,
            Money.ZERO.amount(),
            vatRate,
            null);
      }
      listPrice = overagePrice(terms, work.type(), listPrice);
    }
    return line(work, work.description(), quantity, "C62", unitBg, listPrice, vatRate, null);
  }

  private static BigDecimal overagePrice(Coverage terms, ServiceType type, BigDecimal listPrice) {
    BigDecimal own = terms.overageRates() == null ? null : terms.overageRates().get(type);
    if (own != null) {
      return own;
    }
    BigDecimal discount =
        terms.overageDiscountPercent() == null ? BigDecimal.ZERO : terms.overageDiscountPercent();
    return listPrice
        .multiply(Money.HUNDRED.subtract(discount))
        .divide(Money.HUNDRED, 2, RoundingMode.HALF_UP);
  }

  private static PricedLine line(
      Work work,
      String description,
      BigDecimal quantity,
      String unitCode,
      String unitBg,
      BigDecimal unitPrice,
      BigDecimal vatRate,
      BigDecimal coveredHours) {
    BigDecimal price = Money.cents(unitPrice);
    BigDecimal qty = quantity.setScale(2, RoundingMode.HALF_UP);
    return new PricedLine(
        work.itemId(),
        work.sourceKey(),
        work.type(),
        description.length() > 500 ? description.substring(0, 500) : description,
        work.doneOn(),
        qty,
        unitCode,
        unitBg,
        price,
        Money.cents(qty.multiply(price)),
        vatRate.setScale(2, RoundingMode.HALF_UP),
        coveredHours == null ? Money.ZERO.amount() : Money.cents(coveredHours));
  }

  private static long ceilDiv(int minutes, int step) {
    return (minutes + step - 1) / step;
  }

  private static String plain(BigDecimal hours) {
    return hours.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  private static String noPrice(String what, Work work) {
    return "Няма цена за "
        + what
        + " в ценовата листа, валидна на "
        + DAY.format(work.doneOn())
        + " („"
        + work.description()
        + "“).";
  }

  /** An item the engine cannot price; the message is the skip reason in Bulgarian. */
  static final class Unpriceable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unpriceable(String reason) {
      super(reason, null, false, false);
    }
  }
}
