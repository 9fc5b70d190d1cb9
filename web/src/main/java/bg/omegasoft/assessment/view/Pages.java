package bg.omegasoft.assessment.view;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Redirects after an action, keeping the messages for the page it leads to; renders a part of the
 * page again after an Ajax action that did not expect to change it.
 */
final class Pages {

  private Pages() {}

  static void redirect(String pathAndQuery) {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    try {
      external.redirect(external.getRequestContextPath() + pathAndQuery);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds a component (by client id) to what the current Ajax request renders. */
  static void render(String clientId) {
    FacesContext.getCurrentInstance().getPartialViewContext().getRenderIds().add(clientId);
  }

  static boolean inRole(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }
}
