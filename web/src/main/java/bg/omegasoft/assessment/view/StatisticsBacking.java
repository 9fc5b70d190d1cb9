package bg.omegasoft.assessment.view;

import bg.omegasoft.assessment.boundary.QuestionStatistic;
import bg.omegasoft.assessment.boundary.TestResults;
import bg.omegasoft.assessment.entity.TestDefinition;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.web.LanguageSelection;
import bg.omegasoft.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * assessment/statistics.xhtml: facility and discrimination of each question of a test, as a table
 * and a bar chart (Chart.js through p:chart).
 */
@Named
@ViewScoped
public class StatisticsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private TestResults results;
  @Inject private LanguageSelection language;

  private Long test;
  private TestDefinition chosen;
  private List<QuestionStatistic> statistics;
  private String chart;

  public void load() {
    if (test == null) {
      throw new NotFoundException("Test", "?");
    }
    chosen = results.test(test);
    statistics = results.statistics(test);
    chart = chartOf(statistics, language.getLocale());
  }

  static String chartOf(List<QuestionStatistic> statistics, Locale locale) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder facility = Json.createArrayBuilder();
    JsonArrayBuilder discrimination = Json.createArrayBuilder();
    int n = 1;
    for (QuestionStatistic s : statistics) {
      labels.add(Texts.text(locale, "statistics.questionShort", n++));
      facility.add(s.facility());
      if (s.discrimination() == null) {
        discrimination.addNull();
      } else {
        discrimination.add(s.discrimination());
      }
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
                            dataset(Texts.text(locale, "statistics.facility"), facility, "#1f4e79"))
                        .add(
                            dataset(
                                Texts.text(locale, "statistics.discrimination"),
                                discrimination,
                                "#e8a33d"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("min", BigDecimal.ONE.negate())
                                .add("max", BigDecimal.ONE))))
        .build()
        .toString();
  }

  private static jakarta.json.JsonObjectBuilder dataset(
      String label, JsonArrayBuilder values, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", values)
        .add("backgroundColor", colour);
  }

  public TestDefinition getChosen() {
    return chosen;
  }

  public List<QuestionStatistic> getStatistics() {
    return statistics;
  }

  public String getChart() {
    return chart;
  }

  public Long getTest() {
    return test;
  }

  public void setTest(Long test) {
    this.test = test;
  }
}
