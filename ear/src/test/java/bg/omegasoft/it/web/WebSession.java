package bg.omegasoft.it.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor of the pages over plain HTTP, anonymous or signed in through the sign-in page as a
 * person does (no browser): it keeps the session cookie and sends it with every request.
 */
final class WebSession {

  static final String PASSWORD = "Omex-Demo-2026";
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private String session;

  static WebSession anonymous() {
    return new WebSession();
  }

  static WebSession signedIn(String username) {
    WebSession visitor = new WebSession();
    RawHttp.Answer login = visitor.get("/login.xhtml");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("form", "form");
    form.put("form:username", username);
    form.put("form:password", PASSWORD);
    form.put("form:sign-in", "");
    form.put("jakarta.faces.ViewState", viewState(login.body()));
    if (nonce(login.body()) != null) {
      form.put("primefaces.nonce", nonce(login.body()));
    }
    RawHttp.Answer signedIn = visitor.postForm("/login.xhtml", form);
    if (signedIn.status() != 302 || signedIn.header("location").contains("login.xhtml")) {
      throw new IllegalStateException(username + " could not sign in: " + signedIn.status());
    }
    return visitor;
  }

  /** The view state of the first form of a page. */
  static String viewState(String page) {
    Matcher found = VIEW_STATE.matcher(page);
    if (!found.find()) {
      throw new IllegalStateException("No view state on the page");
    }
    return found.group(1);
  }

  /**
   * The script nonce of a page, which its posts must send back (PrimeFaces' CSP mode; its script
   * adds it to every form in the browser), or null for a page without one.
   */
  static String nonce(String page) {
    Matcher found = NONCE.matcher(page);
    return found.find() ? found.group(1) : null;
  }

  RawHttp.Answer get(String pathAndQuery, String... headers) {
    return keep(RawHttp.get(pathAndQuery, withCookie(headers)));
  }

  RawHttp.Answer postForm(String path, Map<String, String> fields, String... headers) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return post(
        path,
        "application/x-www-form-urlencoded; charset=UTF-8",
        body.getBytes(StandardCharsets.UTF_8),
        headers);
  }

  RawHttp.Answer post(String path, String contentType, byte[] body, String... headers) {
    return keep(RawHttp.post(path, contentType, body, withCookie(headers)));
  }

  private String[] withCookie(String... headers) {
    if (session == null) {
      return headers;
    }
    String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = "Cookie";
    all[headers.length + 1] = "OMEXSESSION=" + session;
    return all;
  }

  private RawHttp.Answer keep(RawHttp.Answer answer) {
    String renewed = answer.cookie("OMEXSESSION");
    if (renewed != null) {
      session = renewed;
    }
    return answer;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
