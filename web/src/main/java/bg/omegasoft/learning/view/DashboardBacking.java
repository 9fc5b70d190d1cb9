package bg.omegasoft.learning.view;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.learning.boundary.Dashboard;
import bg.omegasoft.learning.boundary.LearningDashboards;
import bg.omegasoft.shared.web.BarChart;
import bg.omegasoft.shared.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
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

  /** A bar chart: enrolled and completed per programme. */
  static String chartOf(Dashboard dashboard, Locale locale) {
    List<Dashboard.ProgrammeFigures> programmes = dashboard.programmes();
    return BarChart.of(programmes.stream().map(Dashboard.ProgrammeFigures::title).toList(), locale)
        .counts(
            Texts.text(locale, "dashboard.enrolled"),
            programmes.stream().map(Dashboard.ProgrammeFigures::enrolled).toList())
        .counts(
            Texts.text(locale, "dashboard.completed"),
            programmes.stream().map(Dashboard.ProgrammeFigures::completed).toList())
        .json();
  }

  public Dashboard getDashboard() {
    return dashboard;
  }

  public String getChart() {
    return chart;
  }
}
