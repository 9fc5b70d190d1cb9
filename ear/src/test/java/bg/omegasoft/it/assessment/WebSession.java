package bg.omegasoft.it.assessment;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session of one user, for a test inside the server: signed in through the sign-in page
 * (its form and view state, as a browser posts them), then plain GETs of pages and files with the
 * session cookie, so the status, headers and bytes of each answer can be checked.
 */
final class WebSession {

  /** The server's own address (its port offset is a system property of the server). */
  static final String BASE =
      "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0));

  /** The password of every demo account. */
  static final String DEMO_PASSWORD = "Omex-Demo-2026";

  private static final Pattern FORM =
      Pattern.compile(
          "<form id=\"form\"[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private WebSession() {}

  static WebSession signIn(String username) {
    WebSession session = new WebSession();
    String page = session.getText("/login.xhtml").body();
    Matcher form = FORM.matcher(page);
    if (!form.find()) {
      throw new IllegalStateException("no sign-in form: " + page);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(form.group(2));
    while (hidden.find()) {
      Matcher name = NAME.matcher(hidden.group());
      Matcher value = VALUE.matcher(hidden.group());
      if (name.find()) {
        fields.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
      }
    }
    fields.put("form:username", username);
    fields.put("form:password", DEMO_PASSWORD);
    fields.put("form:sign-in", "");
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> signedIn =
        session.send(
            HttpRequest.newBuilder(URI.create(BASE + unescape(form.group(1))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (signedIn.statusCode() != 302) {
      throw new IllegalStateException(
          username + " was not signed in: " + signedIn.statusCode() + " " + signedIn.body());
    }
    return session;
  }

  HttpResponse<byte[]> get(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(BASE + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> getText(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(BASE + path))
            .header("Accept-Language", "bg")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return client.send(request, handler);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String unescape(String html) {
    return html.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
  }
}
