package bg.omegasoft.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.RawHttp;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The security headers and cookie flags the server sets: on a page, a static resource, an API
 * answer and an error page; SameSite=Lax on the session cookie; Secure and HSTS only for a request
 * that came over TLS, which a client cannot claim by itself (the test server trusts the proxy at
 * 127.0.0.2, see the server's JVM arguments in the ear pom).
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

  private static final Pattern STYLESHEET =
      Pattern.compile("href=\"(/jakarta\\.faces\\.resource/css/omex\\.css\\.xhtml[^\"]*)\"");
  private static final Pattern SCRIPT_NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void pagesStaticResourcesAndTheApiCarryTheSecurityHeaders() {
    RawHttp.Answer page = RawHttp.get("/login.xhtml");
    assertEquals(200, page.status());
    common(page);
    String policy = onePolicy(page);
    assertTrue(policy.contains("default-src 'self'"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    assertTrue(policy.contains("object-src 'none'"), policy);
    Matcher nonce = SCRIPT_NONCE.matcher(page.text());
    assertTrue(nonce.find(), "the page's scripts carry a nonce");
    assertTrue(
        policy.contains("script-src 'self' 'nonce-" + nonce.group(1) + "'"),
        "only scripts of the site and with this page's nonce run: " + policy);
    assertFalse(policy.contains("unsafe-eval"), policy);
    assertFalse(policy.matches(".*script-src[^;]*unsafe-inline.*"), policy);

    Matcher css = STYLESHEET.matcher(page.text());
    assertTrue(css.find(), "the page links its stylesheet");
    RawHttp.Answer stylesheet = RawHttp.get(css.group(1).replace("&amp;", "&"));
    assertEquals(200, stylesheet.status());
    common(stylesheet);
    assertEquals(
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
        onePolicy(stylesheet));

    RawHttp.Answer api = RawHttp.get("/api/v1/catalogue");
    assertEquals(200, api.status());
    common(api);
    assertTrue(onePolicy(api).startsWith("default-src 'none'"), onePolicy(api));

    RawHttp.Answer missing = RawHttp.get("/public/no-such-page.xhtml");
    assertEquals(404, missing.status());
    common(missing);
    assertTrue(onePolicy(missing).contains("script-src 'self' 'nonce-"), onePolicy(missing));
  }

  @Test
  void theSessionCookieIsSameSiteLaxAndSecureOnlyOverTls() {
    RawHttp.Answer plain = RawHttp.get("/login.xhtml");
    String cookie = plain.setCookie("OMEXSESSION");
    assertNotNull(cookie, "the sign-in page starts a session");
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
    assertFalse(secure(cookie), "no Secure flag over plain HTTP: " + cookie);
    assertNull(plain.header("Strict-Transport-Security"));

    RawHttp.Answer claimed =
        RawHttp.request("GET", "/login.xhtml")
            .from("127.0.0.1")
            .header("X-Forwarded-Proto", "https")
            .send();
    assertFalse(
        secure(claimed.setCookie("OMEXSESSION")),
        "a client that is not the trusted proxy cannot claim TLS");
    assertNull(claimed.header("Strict-Transport-Security"));

    RawHttp.Answer proxied =
        RawHttp.request("GET", "/login.xhtml")
            .from("127.0.0.2")
            .header("X-Forwarded-Proto", "https")
            .send();
    String secure = proxied.setCookie("OMEXSESSION");
    assertTrue(secure(secure), "over TLS through the trusted proxy: " + secure);
    assertTrue(secure.contains("SameSite=Lax"), secure);
    assertEquals("max-age=31536000", proxied.header("Strict-Transport-Security"));

    RawHttp.Answer proxiedPlain = RawHttp.request("GET", "/login.xhtml").from("127.0.0.2").send();
    assertFalse(
        secure(proxiedPlain.setCookie("OMEXSESSION")),
        "the proxy's plain-HTTP request stays plain");
  }

  /** Whether a Set-Cookie value has the Secure attribute (in any case). */
  private static boolean secure(String setCookie) {
    return java.util.Arrays.stream(setCookie.split(";"))
        .anyMatch(attribute -> attribute.trim().equalsIgnoreCase("secure"));
  }

  private static void common(RawHttp.Answer answer) {
    assertEquals("nosniff", answer.header("X-Content-Type-Options"));
    assertEquals("DENY", answer.header("X-Frame-Options"));
    assertEquals("same-origin", answer.header("Referrer-Policy"));
    String permissions = answer.header("Permissions-Policy");
    assertNotNull(permissions);
    assertTrue(permissions.contains("camera=()") && permissions.contains("geolocation=()"));
  }

  /** Browsers enforce every policy they get: there must be exactly one. */
  private static String onePolicy(RawHttp.Answer answer) {
    assertEquals(
        1,
        answer.all("Content-Security-Policy").size(),
        answer.all("Content-Security-Policy").toString());
    return answer.header("Content-Security-Policy");
  }
}
