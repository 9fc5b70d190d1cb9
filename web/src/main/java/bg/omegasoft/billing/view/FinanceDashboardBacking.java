package bg.omegasoft.billing.view;

import bg.omegasoft.billing.boundary.FinanceDashboard;
import bg.omegasoft.shared.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** billing/dashboard.xhtml: revenue per month and service type (a chart), unpaid and overdue. */
@Named
@ViewScoped
public class FinanceDashboardBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<String> COLOURS =
      List.of(
          "#1f4e79", "#e8a33d", "#4f8a3c", "#9c3d54", "#5b6f8f", "#c0703b", "#7a5195", "#2a9d8f",
          "#999999");

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

  /** A stacked Chart.js bar chart: one dataset per service type, one bar per month. */
  static String chartOf(Map<YearMonth, Map<String, BigDecimal>> revenue, Locale locale) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    revenue.keySet().forEach(m -> labels.add(m.toString()));
    TreeSet<String> types = new TreeSet<>();
    revenue.values().forEach(byType -> types.addAll(byType.keySet()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int colour = 0;
    for (String type : types) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      revenue.values().forEach(byType -> data.add(byType.getOrDefault(type, BigDecimal.ZERO)));
      datasets.add(
          Json.createObjectBuilder()
              .add("label", Texts.text(locale, "billing.service." + type))
              .add("data", data)
              .add("backgroundColor", COLOURS.get(colour++ % COLOURS.size())));
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", true))
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("stacked", true)
                                .add("beginAtZero", true))))
        .build()
        .toString();
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
