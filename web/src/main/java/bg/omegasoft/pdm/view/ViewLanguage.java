package bg.omegasoft.pdm.view;

import bg.omegasoft.shared.web.LanguageSelection;
import jakarta.faces.context.FacesContext;

/**
 * A view action runs before the page's {@code f:view} sets the language, so a message it adds (e.g.
 * "no such space") would take the browser's language; this sets the user's language first.
 */
final class ViewLanguage {

  private ViewLanguage() {}

  static void apply(LanguageSelection language) {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null && context.getViewRoot() != null) {
      context.getViewRoot().setLocale(language.getLocale());
    }
  }
}
