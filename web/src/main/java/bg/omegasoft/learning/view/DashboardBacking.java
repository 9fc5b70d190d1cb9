package bg.omegasoft.learning.view;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.learning.boundary.Dashboard;
import bg.omegasoft.learning.boundary.LearningDashboards;
import bg.omegasoft.shared.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Locale;

/**
 * learning/dashboard.xhtml: a trainer's sessions and completion rates (all sessions for an
 * administrator), or a client administrator's company; with a bar chart of completion per
 * programme.
 */
@Named
@RequestScoped
public class DashboardBacking {

  @EJB private LearningDashboards dashboards;

  private Dashboard dashboard;
  private String chart;

  @PostConstruct
  void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    var external = faces.getExternalContext();
    dashboard =
        external.isUserInRole(Roles.TRAINER) || external.isUserInRole(Roles.ADMIN)
            ? dashboards.forTrainer()
            : dashboards.forMyCompany();
    chart = chartOf(dashboard, faces.getViewRoot().getLocale());
  }

  /** A Chart.js bar chart: enrolled and completed per programme. */
  static String chartOf(Dashboard dashboard, Locale locale) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder enrolled = Json.createArrayBuilder();
    JsonArrayBuilder completed = Json.createArrayBuilder();
    dashboard
        .programmes()
        .forEach(
            p -> {
              labels.add(p.title());
              enrolled.add(p.enrolled());
              completed.add(p.completed());
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
                        .add(dataset(Texts.text(locale, "dashboard.enrolled"), enrolled, "#1f4e79"))
                        .add(
                            dataset(
                                Texts.text(locale, "dashboard.completed"), completed, "#e8a33d"))))
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
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
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

  public Dashboard getDashboard() {
    return dashboard;
  }

  public String getChart() {
    return chart;
  }
}
