package bg.omegasoft.operations.view;

import bg.omegasoft.operations.boundary.RunSummary;
import bg.omegasoft.shared.control.Formatter;
import bg.omegasoft.shared.web.BarChart;
import bg.omegasoft.shared.web.Texts;
import jakarta.faces.context.FacesContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The Chart.js configuration of the invoices and totals per night (real runs only). */
final class RunChart {

  private RunChart() {}

  static String of(List<RunSummary> summaries) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    List<RunSummary> nights =
        summaries.stream()
            .filter(s -> !s.dryRun())
            .sorted(Comparator.comparing(RunSummary::billingDate))
            .toList();
    return BarChart.of(
            nights.stream().map(n -> Formatter.date(n.billingDate(), locale)).toList(), locale)
        .counts(
            Texts.text(locale, "operations.chart.invoices"),
            nights.stream().map(n -> n.tally().invoices()).toList())
        .amounts(
            Texts.text(locale, "operations.chart.total"),
            nights.stream().map(n -> n.tally().total()).toList())
        .onRightAxis()
        .json();
  }
}
