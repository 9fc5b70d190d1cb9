package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Http;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Confirms a request of the public form as its sender does, without a browser: the link from the
 * confirmation mail (read from the platform's outbox), then the page's button (a plain form post
 * with the page's view state and session cookie).
 */
final class Confirming {

  private static final Pattern LINK =
      Pattern.compile("(/public/confirm\\.xhtml\\?token=[A-Za-z0-9_-]{20,})");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern FORM_ACTION =
      Pattern.compile("<form id=\"form\"[^>]*action=\"([^\"]+)\"");

  private Confirming() {}

  /** The confirmation link the outbox holds for the request. */
  static String linkOf(String number) {
    String body =
        Rows.query(
                "select m.body from outgoing_mail m join service_request r"
                    + " on m.topic = concat('service-request:', r.id)"
                    + " where r.number = ? and m.body like '%/public/confirm.xhtml?token=%'",
                number)
            .get(0)
            .get("body")
            .toString();
    Matcher found = LINK.matcher(body);
    assertTrue(found.find(), body);
    return found.group(1);
  }

  /** Opens the link and presses "confirm"; answers the page shown after. */
  static String confirm(String link) {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String page = send(client, HttpRequest.newBuilder(URI.create(Http.BASE + link)).GET());
    Matcher state = VIEW_STATE.matcher(page);
    Matcher action = FORM_ACTION.matcher(page);
    assertTrue(state.find() && action.find(), "a page with the confirm button: " + page);
    String form =
        "form=form&form%3Aconfirm=&jakarta.faces.ViewState="
            + URLEncoder.encode(state.group(1).replace("&#58;", ":"), StandardCharsets.UTF_8);
    return send(
        client,
        HttpRequest.newBuilder(URI.create(Http.BASE + action.group(1).replace("&amp;", "&")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** Confirms the request of the number through its link. */
  static void confirmRequest(String number) {
    String page = confirm(linkOf(number));
    assertTrue(page.contains(number), page);
  }

  private static String send(HttpClient client, HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), response.body());
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
