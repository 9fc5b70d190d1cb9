package bg.omegasoft.shared.web;

import bg.omegasoft.identity.boundary.MyAccount;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the pages: Bulgarian unless the user chose English. The choice is remembered in a
 * cookie for the browser and, once signed in, in the user's account.
 */
@Named
@SessionScoped
public class LanguageSelection implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String COOKIE = "omex_lang";
  private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

  @EJB private MyAccount myAccount;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale = fromCookie();
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  /** Switches the language of the pages and remembers it; stays on the same page. */
  public void switchTo(String language) throws IOException {
    locale = Texts.supported(Locale.forLanguageTag(language));
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.addResponseCookie(
        COOKIE, locale.getLanguage(), Map.of("maxAge", ONE_YEAR_SECONDS, "path", "/"));
    if (external.getUserPrincipal() != null) {
      myAccount.preferLanguage(locale.getLanguage());
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String query = request.getQueryString();
    if (query != null) {
      external.redirect(request.getRequestURI() + "?" + query);
      return;
    }
    // a postback's address has no query: the page's view parameters (e.g. ?id=) rebuild it
    external.redirect(
        faces
            .getApplication()
            .getViewHandler()
            .getBookmarkableURL(faces, faces.getViewRoot().getViewId(), Map.of(), true));
  }

  /** Takes the language kept in the account of a user who just signed in. */
  public void adopt(String language) {
    if (language != null) {
      locale = Texts.supported(Locale.forLanguageTag(language));
    }
  }

  private static Locale fromCookie() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null) {
      Object cookie = context.getExternalContext().getRequestCookieMap().get(COOKIE);
      if (cookie instanceof Cookie c) {
        return Texts.supported(Locale.forLanguageTag(c.getValue()));
      }
    }
    return Texts.BULGARIAN;
  }
}
