package bg.omegasoft.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The security headers of every answer of the platform (pages, static resources, downloads, the
 * REST API, error pages): no content sniffing, no framing by any site, no referrer to other sites,
 * no browser features the platform does not use, and, on a request that came over TLS, HSTS.
 *
 * <p>The Content-Security-Policy is strict by default ({@link #DEFAULT_POLICY}: nothing may load or
 * run). A page replaces it with its own: PrimeFaces, in its CSP mode (web.xml), sends the page
 * policy with a fresh nonce for its scripts; {@link PagePolicy} makes that header replace the
 * default instead of adding a second policy (browsers enforce every policy they get).
 *
 * <p>Whether a request came over TLS is the servlet container's answer: directly over TLS, or
 * through a proxy the server trusts (web.cli: {@code omex.http.trustedProxies}).
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR},
    asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CSP = "Content-Security-Policy";
  static final String DEFAULT_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  static final String PERMISSIONS =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=()";
  static final String HSTS = "max-age=31536000";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", PERMISSIONS);
    response.setHeader(CSP, DEFAULT_POLICY);
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    chain.doFilter(request, new PagePolicy(response));
  }

  /** A Content-Security-Policy added by the page replaces the default one. */
  static final class PagePolicy extends HttpServletResponseWrapper {

    PagePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
