package bg.omegasoft.shared.web;

import bg.omegasoft.shared.control.Formatter;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one builder of the pages' charts: a Chart.js bar chart for {@code p:chart}, with the house
 * colours, and every value also as text written by {@link Formatter} (the {@code formatted} array
 * of each series), which {@code resources/js/charts.js} shows in the tooltips. Pages give {@code
 * extender="omexChart"}.
 */
public final class BarChart {

  private static final List<String> COLOURS =
      List.of(
          "#1f4e79", "#e8a33d", "#4f8a3c", "#9c3d54", "#5b6f8f", "#c0703b", "#7a5195", "#2a9d8f",
          "#999999");

  private final Locale locale;
  private final List<String> labels;
  private final List<JsonObjectBuilder> series = new ArrayList<>();
  private boolean onlyCounts = true;
  private boolean stacked;
  private boolean rightAxis;
  private BigDecimal min;
  private BigDecimal max;

  private BarChart(List<String> labels, Locale locale) {
    this.labels = labels;
    this.locale = locale;
  }

  /** A chart with one bar (or stack) per label. */
  public static BarChart of(List<String> labels, Locale locale) {
    return new BarChart(labels, locale);
  }

  /** Whole numbers (calls, people, invoices). */
  public BarChart counts(String label, List<? extends Number> values) {
    return add(label, values, v -> Formatter.number(v.longValue(), locale));
  }

  /** Amounts of money, in the house format ({@code 1 234,56 €}). */
  public BarChart amounts(String label, List<BigDecimal> values) {
    onlyCounts = false;
    return add(label, values, v -> Formatter.money(v, locale));
  }

  /** Shares given as fractions (0.735 → {@code 73,5 %}). */
  public BarChart shares(String label, List<BigDecimal> values) {
    onlyCounts = false;
    return add(label, values, v -> Formatter.share(v, locale));
  }

  /** Indices with up to two decimals ({@code 0,42}). */
  public BarChart indices(String label, List<BigDecimal> values) {
    onlyCounts = false;
    return add(label, values, v -> Formatter.number(v, 2, locale));
  }

  /** The series stack on one bar per label. */
  public BarChart stacked() {
    this.stacked = true;
    return this;
  }

  /** The last series added has its own scale on the right (e.g. money next to counts). */
  public BarChart onRightAxis() {
    series.get(series.size() - 1).add("yAxisID", "y1");
    this.rightAxis = true;
    return this;
  }

  /** A fixed value range instead of starting at zero. */
  public BarChart range(BigDecimal min, BigDecimal max) {
    this.min = min;
    this.max = max;
    return this;
  }

  /** The Chart.js configuration for {@code p:chart value}. */
  public String json() {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    series.forEach(datasets::add);
    JsonObjectBuilder y = Json.createObjectBuilder().add("stacked", stacked);
    if (min != null) {
      y.add("min", min).add("max", max);
    } else {
      y.add("beginAtZero", true);
    }
    if (onlyCounts) {
      y.add("ticks", Json.createObjectBuilder().add("precision", 0));
    }
    JsonObjectBuilder scales =
        Json.createObjectBuilder()
            .add("x", Json.createObjectBuilder().add("stacked", stacked))
            .add("y", y);
    if (rightAxis) {
      scales.add(
          "y1",
          Json.createObjectBuilder()
              .add("position", "right")
              .add("beginAtZero", true)
              .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", Json.createArrayBuilder(labels))
                .add("datasets", datasets))
        .add("options", Json.createObjectBuilder().add("animation", false).add("scales", scales))
        .build()
        .toString();
  }

  private <T extends Number> BarChart add(
      String label, List<T> values, Function<T, String> format) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    JsonArrayBuilder formatted = Json.createArrayBuilder();
    for (T value : values) {
      if (value == null) {
        data.addNull();
        formatted.add("—");
      } else {
        if (value instanceof BigDecimal decimal) {
          data.add(decimal);
        } else {
          data.add(value.longValue());
        }
        formatted.add(format.apply(value));
      }
    }
    series.add(
        Json.createObjectBuilder()
            .add("label", label)
            .add("data", data)
            .add("formatted", formatted)
            .add("backgroundColor", COLOURS.get(series.size() % COLOURS.size())));
    return this;
  }
}
