package bg.omegasoft.assessment.view;

import bg.omegasoft.assessment.boundary.QuestionStatistic;
import bg.omegasoft.assessment.boundary.TestResults;
import bg.omegasoft.assessment.entity.TestDefinition;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.web.BarChart;
import bg.omegasoft.shared.web.LanguageSelection;
import bg.omegasoft.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
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
    List<String> labels = new ArrayList<>();
    for (int n = 1; n <= statistics.size(); n++) {
      labels.add(Texts.text(locale, "statistics.questionShort", n));
    }
    return BarChart.of(labels, locale)
        .shares(
            Texts.text(locale, "statistics.facility"),
            statistics.stream().map(QuestionStatistic::facility).toList())
        .indices(
            Texts.text(locale, "statistics.discrimination"),
            statistics.stream().map(QuestionStatistic::discrimination).toList())
        .range(BigDecimal.ONE.negate(), BigDecimal.ONE)
        .json();
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
