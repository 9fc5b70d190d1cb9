package bg.omegasoft.identity.security;

import bg.omegasoft.identity.boundary.Accounts;
import bg.omegasoft.identity.boundary.Caller;
import bg.omegasoft.identity.boundary.DeviceCookie;
import bg.omegasoft.identity.boundary.SignInOutcome;
import bg.omegasoft.identity.control.DeviceProofs;
import bg.omegasoft.shared.boundary.RequestOrigin;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one authentication mechanism of the platform.
 *
 * <ul>
 *   <li>The REST API (/api/...) accepts only personal API tokens ({@code Authorization: Bearer}); a
 *       browser session does not reach it, so cross-site requests cannot act with it. Which API
 *       calls need which role is decided by {@code ApiAccessFilter} and the boundaries.
 *   <li>The sign-in page hands over user name and password (SecurityContext.authenticate) and the
 *       browser's device cookies; a successful sign-in gets a new session id and a renewed device
 *       cookie of the account (HttpOnly, SameSite=Strict, Secure over HTTPS), by which the browser
 *       is recognised at its next sign-in (see {@code SignInThrottle}).
 *   <li>Afterwards the session carries the user name and the generation of the user's credentials;
 *       every request checks that the account is still enabled and that its password has not been
 *       changed or reset since, and takes its current roles, so a disabled user or an old session
 *       is out at once.
 * </ul>
 */
@ApplicationScoped
public class OmexAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Session attribute: the signed-in user's name. */
  public static final String SESSION_USER = "omex.user";

  /** Session attribute: the signed-in user's full name, shown in the page header. */
  public static final String SESSION_FULL_NAME = "omex.fullName";

  /** Session attribute: the language kept in the signed-in user's account. */
  public static final String SESSION_LANGUAGE = "omex.language";

  /** Session attribute: the generation of the user's credentials when the session began. */
  public static final String SESSION_GENERATION = "omex.sessionGeneration";

  /** Request attribute: the refused sign-in's {@link SignInOutcome}. */
  public static final String SIGN_IN_REFUSAL = "omex.signInRefusal";

  /** Request attribute: the API request carried a token that is unknown, revoked or expired. */
  public static final String INVALID_TOKEN = "omex.invalidToken";

  private static final String BEARER = "Bearer ";

  @EJB private Accounts accounts;
  @Inject private RequestOrigin origin;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    origin.address(request.getRemoteAddr());
    if (isApi(request)) {
      return api(request, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential up) {
      return signIn(request, response, context, up);
    }
    HttpSession session = request.getSession(false);
    Object username = session == null ? null : session.getAttribute(SESSION_USER);
    if (username != null) {
      Optional<Caller> caller =
          accounts.continuing(
              username.toString(),
              session.getAttribute(SESSION_GENERATION) instanceof Integer generation
                  ? generation
                  : null);
      if (caller.isPresent()) {
        return context.notifyContainerAboutLogin(caller.get().username(), caller.get().roles());
      }
      session.invalidate();
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    return toSignInPage(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_USER);
    }
  }

  /**
   * The API takes only tokens. An unknown or ended token is noted for {@code ApiAccessFilter},
   * which answers in problem+json; the container's own error pages cannot carry one.
   */
  private AuthenticationStatus api(HttpServletRequest request, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      Optional<Caller> caller = accounts.byToken(authorization.substring(BEARER.length()).strip());
      if (caller.isPresent()) {
        return context.notifyContainerAboutLogin(caller.get().username(), caller.get().roles());
      }
      request.setAttribute(INVALID_TOKEN, Boolean.TRUE);
    }
    return context.doNothing();
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      UsernamePasswordCredential up) {
    SignInOutcome outcome =
        accounts.signIn(up.getCaller(), up.getPasswordAsString(), deviceCookies(request));
    if (!outcome.succeeded()) {
      request.setAttribute(SIGN_IN_REFUSAL, outcome);
      return AuthenticationStatus.SEND_FAILURE;
    }
    Caller caller = outcome.caller();
    HttpSession existing = request.getSession(false);
    if (existing != null) {
      request.changeSessionId();
    }
    HttpSession session = request.getSession(true);
    session.setAttribute(SESSION_USER, caller.username());
    session.setAttribute(SESSION_FULL_NAME, caller.fullName());
    session.setAttribute(SESSION_LANGUAGE, caller.locale());
    session.setAttribute(SESSION_GENERATION, caller.sessionGeneration());
    response.addCookie(deviceCookie(request, outcome.device()));
    return context.notifyContainerAboutLogin(caller.username(), caller.roles());
  }

  private static List<String> deviceCookies(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return List.of();
    }
    return Arrays.stream(cookies)
        .filter(c -> c.getName().startsWith(DeviceProofs.COOKIE_PREFIX))
        .map(Cookie::getValue)
        .limit(DeviceProofs.MAX_COOKIES)
        .toList();
  }

  private static Cookie deviceCookie(HttpServletRequest request, DeviceCookie device) {
    Cookie cookie = new Cookie(device.name(), device.value());
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge((int) device.maxAge().toSeconds());
    cookie.setAttribute("SameSite", "Strict");
    return cookie;
  }

  private AuthenticationStatus toSignInPage(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    String url =
        request.getContextPath()
            + "/login.xhtml?next="
            + URLEncoder.encode(target, StandardCharsets.UTF_8);
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      try {
        response.setContentType("text/xml;charset=UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;")
                    + "\"/></partial-response>");
      } catch (IOException e) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.redirect(url);
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }
}
