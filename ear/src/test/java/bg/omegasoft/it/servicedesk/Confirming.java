package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.RawHttp;
import bg.omegasoft.it.support.WebSession;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Confirms a request of the public form as its sender does, without a browser: the link from the
 * confirmation mail (read from the platform's outbox), then the page's button (the page's form as a
 * browser posts it).
 */
final class Confirming {

  private static final Pattern LINK =
      Pattern.compile("(/public/confirm\\.xhtml\\?token=[A-Za-z0-9_-]{20,})");

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
    RawHttp.Answer confirmed =
        WebSession.anonymous().submit(link, "form", Map.of("form:confirm", ""));
    assertEquals(200, confirmed.status(), confirmed.text());
    return confirmed.text();
  }

  /** Confirms the request of the number through its link. */
  static void confirmRequest(String number) {
    String page = confirm(linkOf(number));
    assertTrue(page.contains(number), page);
  }
}
