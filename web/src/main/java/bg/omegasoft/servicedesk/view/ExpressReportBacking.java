package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.ExpressMonth;
import bg.omegasoft.servicedesk.boundary.ExpressReport;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;

/**
 * servicedesk/express-report.xhtml?month=2027-05: every express request received in the month, met
 * or breached, the totals and the share met; a month that is not one reads as the current month.
 */
@Named
@ViewScoped
public class ExpressReportBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MONTHS_BACK = 24;

  @EJB private ExpressReport report;

  private String month;
  private YearMonth shown;
  private ExpressMonth data;

  /** f:viewAction: the month asked for, else the current one. */
  public void load() {
    shown = parse(month);
    month = shown.toString();
    data = report.of(shown);
  }

  /** The month chosen in the list. */
  public void choose() {
    load();
  }

  private static YearMonth parse(String value) {
    YearMonth current = YearMonth.now(SofiaTime.ZONE);
    if (value == null || value.isBlank()) {
      return current;
    }
    try {
      YearMonth parsed = YearMonth.parse(value.strip());
      return parsed.getYear() < 2000 || parsed.getYear() > 2100 ? current : parsed;
    } catch (DateTimeParseException e) {
      return current;
    }
  }

  /** The months to choose from: the last two years and the shown one, newest first. */
  public List<YearMonth> getMonths() {
    YearMonth current = YearMonth.now(SofiaTime.ZONE);
    return Stream.concat(
            Stream.of(shown), Stream.iterate(current, m -> m.minusMonths(1)).limit(MONTHS_BACK))
        .distinct()
        .sorted((a, b) -> b.compareTo(a))
        .toList();
  }

  public String getPrevious() {
    return shown.minusMonths(1).toString();
  }

  public String getNext() {
    return shown.plusMonths(1).toString();
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public ExpressMonth getData() {
    return data;
  }
}
