package bg.omegasoft.billing.view;

import bg.omegasoft.billing.boundary.FinanceDashboard;
import bg.omegasoft.shared.web.BarChart;
import bg.omegasoft.shared.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** billing/dashboard.xhtml: revenue per month and service type (a chart), unpaid and overdue. */
@Named
@ViewScoped
public class FinanceDashboardBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private FinanceDashboard dashboard;

  private String chart;
  private BigDecimal unpaid;
  private BigDecimal overdue;

  @PostConstruct
  void load() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    chart = chartOf(dashboard.revenue(YearMonth.now().minusMonths(11)), locale);
    unpaid = dashboard.unpaidTotal();
    overdue = dashboard.overdueTotal();
  }

  /** A stacked bar chart: one series per service type, one bar per month. */
  static String chartOf(Map<YearMonth, Map<String, BigDecimal>> revenue, Locale locale) {
    TreeSet<String> types = new TreeSet<>();
    revenue.values().forEach(byType -> types.addAll(byType.keySet()));
    BarChart chart =
        BarChart.of(revenue.keySet().stream().map(YearMonth::toString).toList(), locale);
    for (String type : types) {
      chart.amounts(
          Texts.text(locale, "billing.service." + type),
          revenue.values().stream()
              .map(byType -> byType.getOrDefault(type, BigDecimal.ZERO))
              .toList());
    }
    return chart.stacked().json();
  }

  public String getChart() {
    return chart;
  }

  public BigDecimal getUnpaid() {
    return unpaid;
  }

  public BigDecimal getOverdue() {
    return overdue;
  }
}
