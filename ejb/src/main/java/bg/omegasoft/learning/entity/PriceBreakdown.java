package bg.omegasoft.learning.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of an individual price, each with its quantity, unit rate and amount (EUR excl. VAT),
 * and the number of training days. Stored with the quote as text, so later rate changes never
 * change a quote already made.
 */
public record PriceBreakdown(List<Line> lines, int days) {

  /** One line: {@code key} names the text (quoteLine.key), e.g. tuition or travel. */
  public record Line(String key, BigDecimal quantity, BigDecimal rate, BigDecimal amount) {}

  public BigDecimal total() {
    return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** One line per price line: key|quantity|rate|amount, then days=N. */
  public String toText() {
    StringBuilder text = new StringBuilder();
    for (Line line : lines) {
      text.append(line.key())
          .append('|')
          .append(line.quantity().toPlainString())
          .append('|')
          .append(line.rate().toPlainString())
          .append('|')
          .append(line.amount().toPlainString())
          .append('\n');
    }
    return text.append("days=").append(days).toString();
  }

  public static PriceBreakdown fromText(String text) {
    List<Line> lines = new ArrayList<>();
    int days = 0;
    for (String row : text.split("\n")) {
      if (row.startsWith("days=")) {
        days = Integer.parseInt(row.substring(5));
      } else if (!row.isBlank()) {
        String[] parts = row.split("\\|");
        lines.add(
            new Line(
                parts[0],
                new BigDecimal(parts[1]),
                new BigDecimal(parts[2]),
                new BigDecimal(parts[3])));
      }
    }
    return new PriceBreakdown(List.copyOf(lines), days);
  }
}
