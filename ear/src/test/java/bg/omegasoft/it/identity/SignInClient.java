package bg.omegasoft.it.identity;

import bg.omegasoft.it.support.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A client of the sign-in page as a browser is one: it keeps its cookies, reads the form and posts
 * it with all its hidden fields. Redirects are not followed, so a successful sign-in shows as one.
 */
final class SignInClient {

  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\b(type|name|value)=\"([^\"]*)\"");

  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** Opens the sign-in page and submits the form; answers the server's answer to the form. */
  HttpResponse<String> signIn(String username, String password) {
    HttpResponse<String> page = get("/login.xhtml");
    Map<String, String> form = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(page.body());
    while (input.find()) {
      Map<String, String> attributes = new LinkedHashMap<>();
      Matcher attribute = ATTRIBUTE.matcher(input.group());
      while (attribute.find()) {
        attributes.put(attribute.group(1), attribute.group(2).replace("&amp;", "&"));
      }
      if ("hidden".equals(attributes.get("type")) && attributes.containsKey("name")) {
        form.put(attributes.get("name"), attributes.getOrDefault("value", ""));
      }
    }
    form.put("form:username", username);
    form.put("form:password", password);
    form.put("form:sign-in", "");
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(Http.BASE + "/login.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept-Language", "bg")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  HttpResponse<String> get(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(Http.BASE + path))
            .header("Accept-Language", "bg")
            .GET()
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Whether a page for signed-in users opens (rather than sending to the sign-in page). */
  boolean isSignedIn() {
    return get("/identity/profile.xhtml").statusCode() == 200;
  }

  /** Ends the browser's session as closing the browser would; other cookies stay. */
  void forgetSession() {
    List<HttpCookie> session =
        cookies.getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals("OMEXSESSION"))
            .toList();
    session.forEach(c -> cookies.getCookieStore().remove(null, c));
  }

  List<HttpCookie> cookies() {
    return cookies.getCookieStore().getCookies();
  }
}
