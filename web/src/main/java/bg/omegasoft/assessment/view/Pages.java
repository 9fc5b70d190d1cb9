package bg.omegasoft.assessment.view;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Redirects after an action, keeping the messages for the page it leads to. */
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

  static boolean inRole(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }
}
