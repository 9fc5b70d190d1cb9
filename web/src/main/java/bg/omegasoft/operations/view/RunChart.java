package bg.omegasoft.operations.view;

import bg.omegasoft.operations.boundary.RunSummary;
import bg.omegasoft.shared.web.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder invoices = Json.createArrayBuilder();
    JsonArrayBuilder totals = Json.createArrayBuilder();
    for (RunSummary night : nights) {
      labels.add(night.billingDate().toString());
      invoices.add(night.tally().invoices());
      totals.add(night.tally().total());
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", Texts.text(locale, "operations.chart.invoices"))
                                .add("data", invoices)
                                .add("yAxisID", "y"))
                        .add(
                            Json.createObjectBuilder()
                                .add("label", Texts.text(locale, "operations.chart.total"))
                                .add("data", totals)
                                .add("yAxisID", "y1"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("position", "left"))
                        .add("y1", Json.createObjectBuilder().add("position", "right"))))
        .build()
        .toString();
  }
}
