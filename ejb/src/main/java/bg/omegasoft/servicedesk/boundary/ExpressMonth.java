package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.servicedesk.entity.ExpressClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The express requests received in a month: each with its deadline, who started the work and when,
 * whether the promise was met, and whether the double price applies (never after a breach).
 */
public record ExpressMonth(YearMonth month, List<Row> rows) {

  /** One express request of the month. */
  public record Row(
      long requestId,
      String number,
      String client,
      Instant receivedAt,
      Instant dueAt,
      Instant startedAt,
      String startedBy,
      ExpressClock.State state,
      boolean doublePrice) {

    /** What billing charges: the double price for a promise kept, none after a breach. */
    public String priceKey() {
      if (doublePrice) {
        return "sd.expressReport.priceDouble";
      }
      return state == ExpressClock.State.BREACHED
          ? "sd.expressReport.priceNoDouble"
          : "sd.expressReport.priceOpen";
    }
  }

  public long met() {
    return count(ExpressClock.State.MET);
  }

  public long breached() {
    return count(ExpressClock.State.BREACHED);
  }

  /** Still running (with or without the warning). */
  public long running() {
    return rows.size() - met() - breached();
  }

  /** The share of the decided promises (met or breached) that were met; null when none is. */
  public BigDecimal shareMet() {
    long decided = met() + breached();
    return decided == 0
        ? null
        : BigDecimal.valueOf(met()).divide(BigDecimal.valueOf(decided), 4, RoundingMode.HALF_UP);
  }

  private long count(ExpressClock.State state) {
    return rows.stream().filter(r -> r.state() == state).count();
  }
}
