package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.PhoneConsultations;
import bg.omegasoft.servicedesk.boundary.PhoneStatistics;
import bg.omegasoft.servicedesk.entity.PhoneCall;
import bg.omegasoft.shared.web.LanguageSelection;
import bg.omegasoft.shared.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The statistics of phone consultations on servicedesk/phone.xhtml: average length, share over 10
 * minutes, and a chart of calls per day (Chart.js through p:chart).
 */
@Named
@ViewScoped
public class PhoneStatsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PhoneConsultations phone;
  @Inject private LanguageSelection language;

  private int days = 30;
  private PhoneStatistics statistics;
  private List<PhoneCall> recent;

  @PostConstruct
  void load() {
    statistics = phone.statistics(days);
    recent = phone.recent(days);
  }

  public void refresh() {
    load();
  }

  /** Average length as m:ss. */
  public String getAverage() {
    long seconds = statistics.averageLength().toSeconds();
    return String.format("%d:%02d", seconds / 60, seconds % 60);
  }

  public long getSharePercent() {
    return Math.round(statistics.shareOverNorm() * 100);
  }

  /** The Chart.js configuration: calls per day, and those over 10 minutes. */
  public String getChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder all = Json.createArrayBuilder();
    JsonArrayBuilder over = Json.createArrayBuilder();
    DateTimeFormatter day = DateTimeFormatter.ofPattern("dd.MM");
    statistics
        .callsPerDay()
        .forEach(
            (date, count) -> {
              labels.add(day.format(date));
              all.add(count);
              over.add(statistics.overNormPerDay().getOrDefault(date, 0L));
            });
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(dataset(text("sd.phone.chart.calls"), all, "#1f4e79"))
                        .add(dataset(text("sd.phone.chart.over"), over, "#e8a33d"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }

  private static jakarta.json.JsonObjectBuilder dataset(
      String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour);
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
