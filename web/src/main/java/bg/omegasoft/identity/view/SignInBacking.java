package bg.omegasoft.identity.view;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import bg.omegasoft.identity.boundary.SignInOutcome;
import bg.omegasoft.identity.security.OmexAuthenticationMechanism;
import bg.omegasoft.shared.web.LanguageSelection;
import bg.omegasoft.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** login.xhtml: signs a user in with user name and password, then returns to the page asked for. */
@Named
@RequestScoped
public class SignInBacking {

  @Inject private SecurityContext security;
  @Inject private LanguageSelection language;

  private String username;
  private String password;
  private String next;

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams()
                .credential(new UsernamePasswordCredential(username, password))
                .newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      language.adopt(
          (String) external.getSessionMap().get(OmexAuthenticationMechanism.SESSION_LANGUAGE));
      external.redirect(external.getRequestContextPath() + safeNext());
      faces.responseComplete();
    } else if (status == AuthenticationStatus.SEND_FAILURE) {
      refused(request.getAttribute(OmexAuthenticationMechanism.SIGN_IN_REFUSAL));
      password = null;
    }
  }

  /** The same words whoever the name is: only a held-back attempt says how long to wait. */
  private static void refused(Object refusal) {
    if (refusal instanceof SignInOutcome outcome
        && outcome.status() == SignInOutcome.Status.THROTTLED) {
      long seconds = Math.max(1, outcome.delay().toSeconds());
      if (seconds < 120) {
        Messages.error("signIn.throttledSeconds", seconds);
      } else {
        Messages.error("signIn.throttledMinutes", (seconds + 59) / 60);
      }
    } else {
      Messages.error("signIn.failed");
    }
  }

  /** Only a path inside this application, never another site. */
  private String safeNext() {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
      return "/";
    }
    return next;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
