package bg.omegasoft.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.regex.Pattern;

/**
 * The error pages: each answers with its own status, also when opened directly (an error page never
 * says 200), and the 500 page shows the incident id under which the failure was logged.
 */
@Named("errorPage")
@RequestScoped
public class ErrorPageBacking {

  private static final Pattern INCIDENT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private String incident;

  /** f:event preRenderView of each error page. */
  public void answer(int status) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (!external.isResponseCommitted()) {
      external.setResponseStatus(status);
    }
    Object logged = external.getRequestMap().get(ErrorAnswers.INCIDENT);
    String asked = external.getRequestParameterMap().get("incident");
    if (logged instanceof String id) {
      incident = id;
    } else if (asked != null && INCIDENT.matcher(asked).matches()) {
      incident = asked;
    }
  }

  public String getIncident() {
    return incident;
  }
}
