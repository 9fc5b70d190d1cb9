package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Browser;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Http;
import bg.omegasoft.it.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Anyone may send the public request form with a client's public UIC and a contact's e-mail, so
 * such a request is held until the address given confirms it: it is not the client's, the portal
 * does not show it, nobody else is mailed; the address gets a single-use link, and following it
 * files the request as before (under the client, with the consent dated at the confirmation).
 */
@ExtendWith(ArquillianExtension.class)
class PublicRequestConfirmationIT {

  private static final String MARIA = "maria.georgieva@demetra-agro.bg";
  private static final Pattern LINK =
      Pattern.compile("(/public/confirm\\.xhtml\\?token=[A-Za-z0-9_-]{20,})");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void aRequestInAContactsNameIsHeldUntilTheAddressConfirmsIt() throws Exception {
    String problem = "Отпуските не се прехвърлят " + UUID.randomUUID();
    try (MailServer mail = MailServer.smtp()) {
      HttpResponse<String> response = post(form(MARIA, problem), "bg");
      assertEquals(201, response.statusCode(), response.body());
      JsonObject answer = Http.json(response);
      String number = answer.getString("number");
      assertEquals("AWAITING_CONFIRMATION", answer.getString("status"), "held, and says so");

      Map<String, Object> held = row(number);
      assertEquals("AWAITING_CONFIRMATION", held.get("status"));
      assertNull(held.get("client_id"), "not the client's until confirmed");
      assertEquals("201234563", held.get("claimed_uic"));
      String clientAdmin = TestDatabase.newSecret();
      TestDatabase.insertToken("clientadmin", clientAdmin, false);
      assertEquals(
          404,
          Http.get("/api/v1/service-requests/" + number, "Authorization", "Bearer " + clientAdmin)
              .statusCode(),
          "the client's portal does not know it");

      MimeMessage confirmation = confirmationFor(mail, MARIA, number);
      String link = link(confirmation);
      assertEquals(
          List.of(confirmation),
          mail.receivedBy(MARIA).stream()
              .filter(m -> MailIntakeIT.subjectOf(m).contains(number))
              .toList(),
          "the confirmation is the only mail about it");

      try (Browser browser = new Browser()) {
        browser.open(link);
        assertTrue(browser.pageText().contains(number), browser.pageText());
        browser.clickAndWait(By.id("form:confirm"));
        assertTrue(browser.pageText().contains("потвърдена"), browser.pageText());
        browser.open(link);
        assertTrue(browser.pageText().contains("вече е потвърдена"), browser.pageText());
        assertFalse(browser.has(By.id("form:confirm")), "the link works once");
      }

      Map<String, Object> confirmed = row(number);
      assertEquals("NEW", confirmed.get("status"));
      assertEquals(
          "Деметра Агро ЕООД",
          Rows.query("select name from client where id = ?", confirmed.get("client_id"))
              .get(0)
              .get("name"),
          "filed under the client once the contact confirmed");
      assertEquals("WEB_FORM", confirmed.get("consent_channel"));
      assertTrue(confirmed.get("consent_given_by").toString().contains(MARIA));
      List<Map<String, Object>> history =
          Rows.query(
              "select from_status, to_status, occurred_at from service_request_transition"
                  + " where request_id = ? order by id",
              confirmed.get("id"));
      assertEquals(2, history.size(), history.toString());
      assertNull(history.get(0).get("from_status"));
      assertEquals("AWAITING_CONFIRMATION", history.get(0).get("to_status"));
      assertEquals("NEW", history.get(1).get("to_status"));
      Timestamp confirmedAt = (Timestamp) history.get(1).get("occurred_at");
      assertEquals(
          confirmedAt, confirmed.get("consent_given_at"), "consent dated at the confirmation");
      assertTrue(confirmedAt.after((Timestamp) history.get(0).get("occurred_at")));
      Eventually.until(
          Duration.ofSeconds(40),
          () ->
              mail.receivedBy(MARIA).stream()
                  .anyMatch(
                      m -> MailIntakeIT.subjectOf(m).contains("Request " + number + " received")),
          found -> found);
      assertEquals(
          200,
          Http.get("/api/v1/service-requests/" + number, "Authorization", "Bearer " + clientAdmin)
              .statusCode(),
          "now the client's");
    }
  }

  @Test
  void anExpiredLinkConfirmsNothing() throws Exception {
    try (MailServer mail = MailServer.smtp()) {
      String address = "late-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
      String number =
          Http.json(post(form(address, "Закъсняла заявка " + UUID.randomUUID()), "en"))
              .getString("number");
      String link = link(confirmationFor(mail, address, number));
      try (Connection db = TestDatabase.connect();
          PreparedStatement expire =
              db.prepareStatement(
                  "update service_request set confirmation_due_at = '2020-01-01'"
                      + " where number = ?")) {
        expire.setString(1, number);
        assertEquals(1, expire.executeUpdate());
      }
      try (Browser browser = new Browser()) {
        browser.open(link);
        assertTrue(browser.pageText().contains("изтекла"), browser.pageText());
        assertFalse(browser.has(By.id("form:confirm")));
      }
      assertEquals("AWAITING_CONFIRMATION", row(number).get("status"));
    }
  }

  private static MimeMessage confirmationFor(MailServer mail, String address, String number)
      throws Exception {
    return Eventually.until(
        Duration.ofSeconds(40),
        () ->
            mail.receivedBy(address).stream()
                .filter(m -> MailIntakeIT.subjectOf(m).contains(number))
                .findFirst()
                .orElse(null),
        m -> m != null);
  }

  private static String link(MimeMessage message) {
    String body = MailIntakeIT.bodyOf(message);
    Matcher found = LINK.matcher(body);
    assertTrue(found.find(), "a confirmation link: " + body);
    return found.group(1);
  }

  private static Map<String, Object> row(String number) {
    return Rows.query("select * from service_request where number = ?", number).get(0);
  }

  static JsonObject form(String email, String description) {
    return Json.createObjectBuilder()
        .add("companyUic", "201234563")
        .add("contactName", "Мария Георгиева")
        .add("email", email)
        .add("type", "SUPPORT")
        .add("preferredMode", "REMOTE")
        .add("description", description)
        .add("consent", true)
        .build();
  }

  static HttpResponse<String> post(JsonObject body, String language) {
    return post("/api/v1/service-requests", body, language);
  }

  static HttpResponse<String> post(String path, JsonObject body, String language) {
    return Http.send(
        HttpRequest.newBuilder(URI.create(Http.BASE + path))
            .header("Content-Type", "application/json")
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build());
  }
}
