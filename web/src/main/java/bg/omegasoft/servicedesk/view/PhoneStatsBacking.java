package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.PhoneConsultations;
import bg.omegasoft.servicedesk.boundary.PhoneStatistics;
import bg.omegasoft.servicedesk.control.PhoneNorm;
import bg.omegasoft.servicedesk.entity.PhoneCall;
import bg.omegasoft.shared.control.Formatter;
import bg.omegasoft.shared.web.BarChart;
import bg.omegasoft.shared.web.LanguageSelection;
import bg.omegasoft.shared.web.Names;
import bg.omegasoft.shared.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The statistics of phone consultations on servicedesk/phone.xhtml: average length, share over the
 * norm ({@link PhoneNorm}), calls per line, and a chart of calls per day (Chart.js through
 * p:chart).
 */
@Named
@ViewScoped
public class PhoneStatsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PhoneConsultations phone;
  @Inject private LanguageSelection language;
  @Inject private Names names;

  private int days = 30;
  private PhoneStatistics statistics;
  private List<PhoneCall> recent;

  @PostConstruct
  void load() {
    statistics = phone.statistics(days);
    recent = phone.recent(days);
    names.know(recent.stream().map(PhoneCall::getConsultant).toList());
  }

  public void refresh() {
    load();
  }

  /** Average length as m:ss. */
  public String getAverage() {
    long seconds = statistics.averageLength().toSeconds();
    return String.format("%d:%02d", seconds / 60, seconds % 60);
  }

  /** The share of calls over the norm, as a percentage in the house format. */
  public String getShare() {
    return Formatter.share(
        BigDecimal.valueOf(statistics.shareOverNorm()).setScale(2, RoundingMode.HALF_UP),
        language.getLocale());
  }

  /** The chart: calls per day, and those over the norm. */
  public String getChart() {
    Locale locale = language.getLocale();
    List<LocalDate> days = List.copyOf(statistics.callsPerDay().keySet());
    return BarChart.of(days.stream().map(d -> Formatter.dayAndMonth(d, locale)).toList(), locale)
        .counts(text("sd.phone.chart.calls"), List.copyOf(statistics.callsPerDay().values()))
        .counts(
            Texts.text(locale, "sd.phone.chart.over", getNormMinutes()),
            days.stream().map(d -> statistics.overNormPerDay().getOrDefault(d, 0L)).toList())
        .json();
  }

  /** The norm in effect, in minutes. */
  public long getNormMinutes() {
    return PhoneNorm.current().toMinutes();
  }

  /** The calls per line, as rows for the page; a null line is a call whose line is not known. */
  public List<Map.Entry<String, Long>> getPerLine() {
    return List.copyOf(statistics.callsPerLine().entrySet());
  }

  private String text(String key) {
    return Texts.text(language.getLocale(), key);
  }

  public PhoneStatistics getStatistics() {
    return statistics;
  }

  public List<PhoneCall> getRecent() {
    return recent;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }
}
