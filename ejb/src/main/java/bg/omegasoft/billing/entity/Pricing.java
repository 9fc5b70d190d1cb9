package bg.omegasoft.billing.entity;

import bg.omegasoft.billing.boundary.NightlyInvoicing.Skip;
import bg.omegasoft.shared.entity.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The lines of one invoice as priced, the items that could not be priced, and the totals. */
public record Pricing(List<PricedLine> lines, List<Skip> skips) {

  /** A VAT category's taxable amount and tax (EN 16931 BG-23). */
  public record VatGroup(BigDecimal rate, BigDecimal taxBase, BigDecimal vat) {}

  public BigDecimal taxBase() {
    return lines.stream().map(PricedLine::taxBase).reduce(Money.ZERO.amount(), BigDecimal::add);
  }

  /** The VAT breakdown: per rate, the sum of line tax bases and its tax rounded half-up. */
  public List<VatGroup> vatBreakdown() {
    Map<BigDecimal, BigDecimal> bases = new TreeMap<>();
    for (PricedLine line : lines) {
      bases.merge(line.vatRate(), line.taxBase(), BigDecimal::add);
    }
    return bases.entrySet().stream()
        .map(e -> new VatGroup(e.getKey(), e.getValue(), Money.vatOf(e.getValue(), e.getKey())))
        .toList();
  }

  public BigDecimal vat() {
    return vatBreakdown().stream().map(VatGroup::vat).reduce(Money.ZERO.amount(), BigDecimal::add);
  }

  public BigDecimal total() {
    return taxBase().add(vat());
  }

  /** The date of the taxable event: the latest day of work on the invoice. */
  public LocalDate taxDate(LocalDate fallback) {
    return lines.stream().map(PricedLine::doneOn).max(Comparator.naturalOrder()).orElse(fallback);
  }
}
