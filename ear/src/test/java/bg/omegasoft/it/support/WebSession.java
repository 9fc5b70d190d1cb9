package bg.omegasoft.it.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's visit of the pages over plain HTTP ({@link RawHttp}), without a browser: it keeps
 * the cookies the server sets and sends them back, asks for Bulgarian, and posts a Faces form as
 * the browser would, with every hidden field of the form (its id field, the view state, ...) and
 * the page's script nonce, which PrimeFaces' CSP mode adds to each form in the browser and without
 * which a post is answered 400. Redirects are not followed. Works from the test JVM and from a test
 * inside the server alike.
 */
public final class WebSession {

  /** The password of every demo account. */
  public static final String DEMO_PASSWORD = "Omex-Demo-2026";

  private static final String SIGN_IN_PAGE = "/login.xhtml";
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\b([\\w-]+)=\"([^\"]*)\"");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  private static final Pattern REGISTRATIONS =
      Pattern.compile(
          "(?<=<script nonce=\"\">)PrimeFaces\\.csp\\.register\\(.*?(?=</script>)", Pattern.DOTALL);
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|quot|lt|gt|apos);");

  private final Map<String, String> cookies = new LinkedHashMap<>();

  private WebSession() {}

  /** A visitor who has not signed in. */
  public static WebSession anonymous() {
    return new WebSession();
  }

  /** A visitor signed in as the demo user through the sign-in page. */
  public static WebSession signedIn(String username) {
    WebSession visitor = new WebSession();
    RawHttp.Answer answer = visitor.signIn(username, DEMO_PASSWORD);
    String location = answer.header("location");
    if (answer.status() != 302 || location == null || location.contains(SIGN_IN_PAGE)) {
      throw new IllegalStateException(
          username + " could not sign in: " + answer.status() + " " + answer.text());
    }
    return visitor;
  }

  /** Fills in and submits the sign-in form; answers the server's answer (302 when it worked). */
  public RawHttp.Answer signIn(String username, String password) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("form:username", username);
    fields.put("form:password", password);
    fields.put("form:sign-in", "");
    return submit(SIGN_IN_PAGE, "form", fields);
  }

  /** Whether a page for signed-in users opens (rather than sending to the sign-in page). */
  public boolean isSignedIn() {
    return get("/identity/profile.xhtml").status() == 200;
  }

  /** Ends the session as closing the browser would; the other cookies stay. */
  public void forgetSession() {
    cookies.remove("OMEXSESSION");
  }

  /**
   * Opens the page (which must answer 200) and submits its form of that id as the browser would:
   * with all its hidden fields and the page's nonce, plus the given fields (which win), to the
   * form's action.
   */
  public RawHttp.Answer submit(String page, String formId, Map<String, String> fields) {
    RawHttp.Answer opened = get(page);
    String html = opened.text();
    if (opened.status() != 200) {
      throw new IllegalStateException(page + " answered " + opened.status() + ": " + html);
    }
    Matcher form =
        Pattern.compile(
                "<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>(.*?)</form>",
                Pattern.DOTALL)
            .matcher(html);
    if (!form.find()) {
      throw new IllegalStateException("No form " + formId + " on " + page + ": " + html);
    }
    Map<String, String> all = hiddenFields(form.group(1));
    String nonce = nonce(html);
    if (nonce != null) {
      all.put("primefaces.nonce", nonce);
    }
    all.putAll(fields);
    String action = attributes(form.group()).get("action");
    return postForm(action == null ? page : action, all);
  }

  public RawHttp.Answer get(String target, String... headers) {
    return send(RawHttp.request("GET", target), headers);
  }

  /** Posts the fields exactly as given, form-encoded. */
  public RawHttp.Answer postForm(String path, Map<String, String> fields, String... headers) {
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

  public RawHttp.Answer post(String path, String contentType, byte[] body, String... headers) {
    return send(
        RawHttp.request("POST", path).header("Content-Type", contentType).body(body), headers);
  }

  /** The view state of the first form of a page. */
  public static String viewState(String page) {
    String state = hiddenFields(page).get("jakarta.faces.ViewState");
    if (state == null) {
      throw new IllegalStateException("No view state on the page");
    }
    return state;
  }

  /** The script nonce of a page, which its posts must send back, or null for a page without one. */
  public static String nonce(String page) {
    Matcher found = NONCE.matcher(page);
    return found.find() ? found.group(1) : null;
  }

  /**
   * The page without what differs from one answer to the next by nature, so that two answers can be
   * compared: the view state, the script nonces (in attributes and in PrimeFaces' CSP set-up), the
   * random ids PrimeFaces' CSP mode gives elements whose handlers it registers, and the order of
   * those registrations (a hash order, which the random ids change).
   */
  public static String comparable(String page) {
    String plain =
        page.replaceAll("(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]*", "$1")
            .replaceAll("nonce=\"[^\"]*\"", "nonce=\"\"")
            .replaceAll("PrimeFaces\\.csp\\.init\\('[^']*'\\)", "PrimeFaces.csp.init('')")
            .replaceAll("\\ba(\\\\?-[0-9a-f]{4,12}){5}\\b", "a-ID");
    return REGISTRATIONS
        .matcher(plain)
        .replaceAll(
            r ->
                Matcher.quoteReplacement(
                    Arrays.stream(r.group().split("(?=PrimeFaces\\.csp\\.register\\()"))
                        .sorted()
                        .collect(Collectors.joining())));
  }

  /** The names and values of the hidden inputs in the markup (the first of each name). */
  private static Map<String, String> hiddenFields(String html) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(html);
    while (input.find()) {
      Map<String, String> attributes = attributes(input.group());
      if ("hidden".equalsIgnoreCase(attributes.get("type")) && attributes.containsKey("name")) {
        fields.putIfAbsent(attributes.get("name"), attributes.getOrDefault("value", ""));
      }
    }
    return fields;
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher attribute = ATTRIBUTE.matcher(tag.substring(0, tag.indexOf('>') + 1));
    while (attribute.find()) {
      attributes.put(attribute.group(1).toLowerCase(Locale.ROOT), unescape(attribute.group(2)));
    }
    return attributes;
  }

  private RawHttp.Answer send(RawHttp request, String... headers) {
    boolean language = false;
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
      language |= headers[i].equalsIgnoreCase("Accept-Language");
    }
    if (!language) {
      request.header("Accept-Language", "bg");
    }
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(c -> c.getKey() + "=" + c.getValue())
              .collect(Collectors.joining("; ")));
    }
    RawHttp.Answer answer = request.send();
    answer.all("set-cookie").forEach(this::keep);
    return answer;
  }

  /** Keeps a cookie the server set, or drops it when the server expired it. */
  private void keep(String setCookie) {
    String[] parts = setCookie.split(";");
    int equals = parts[0].indexOf('=');
    String name = parts[0].substring(0, equals).strip();
    String value = parts[0].substring(equals + 1).strip();
    boolean expired = value.isEmpty();
    for (int i = 1; i < parts.length; i++) {
      String attribute = parts[i].strip().toLowerCase(Locale.ROOT);
      expired |= attribute.equals("max-age=0") || attribute.startsWith("expires=thu, 01-jan-1970");
    }
    if (expired) {
      cookies.remove(name);
    } else {
      cookies.put(name, value);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String unescape(String html) {
    return ENTITY
        .matcher(html)
        .replaceAll(
            e ->
                Matcher.quoteReplacement(
                    switch (e.group(1)) {
                      case "amp" -> "&";
                      case "quot" -> "\"";
                      case "lt" -> "<";
                      case "gt" -> ">";
                      case "apos" -> "'";
                      default ->
                          Character.toString(
                              e.group(1).startsWith("#x")
                                  ? Integer.parseInt(e.group(1).substring(2), 16)
                                  : Integer.parseInt(e.group(1).substring(1)));
                    }));
  }
}
