package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Http;
import bg.omegasoft.it.support.RawHttp;
import bg.omegasoft.it.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public request and offer forms of the REST API (shapes per the API contract), their refusals
 * (no consent, bad UIC, robots, too many), and the status of a request for staff and for the
 * client's own administrators only. A request of the form is filed once the address it gave
 * confirmed it (see {@link PublicRequestConfirmationIT}); these tests confirm it as its sender
 * does.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceRequestApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void theWebSiteFormCreatesARequestOfTheIdentifiedClient() {
    HttpResponse<String> response = post("/api/v1/service-requests", form().build(), "bg");
    assertEquals(201, response.statusCode(), response.body());
    JsonObject body = Http.json(response);
    String number = body.getString("number");
    assertTrue(number.matches("SR-\\d{4}-\\d{6}"), number);
    assertEquals("AWAITING_CONFIRMATION", body.getString("status"));
    assertTrue(
        response
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .endsWith("/api/v1/service-requests/" + number));
    Confirming.confirmRequest(number);
    var row = Rows.query("select * from service_request where number = ?", number).get(0);
    assertEquals("NEW", row.get("status"));
    assertEquals("WEB_FORM", row.get("channel"));
    assertEquals("WEB_FORM", row.get("consent_channel"));
    assertTrue(row.get("consent_given_by").toString().contains("maria.georgieva@demetra-agro.bg"));
    assertEquals(
        "Деметра Агро ЕООД",
        Rows.query("select name from client where id = ?", row.get("client_id"))
            .get(0)
            .get("name"));
  }

  @Test
  void aClaimedUicWithAnAddressTheCompanyDoesNotKnowIsNotTiedToTheCompany() {
    HttpResponse<String> response =
        post("/api/v1/service-requests", form().add("email", "intruder@example.com").build(), "bg");
    assertEquals(201, response.statusCode(), response.body());
    String number = Http.json(response).getString("number");
    Confirming.confirmRequest(number);
    var row =
        Rows.query(
                "select client_id, claimed_uic, status from service_request where number = ?",
                number)
            .get(0);
    assertEquals("NEW", row.get("status"), "confirmed, in the triage queue");
    assertEquals(null, row.get("client_id"));
    assertEquals("201234563", row.get("claimed_uic"));
  }

  @Test
  void withoutConsentOrWithABadUicTheFormIsRefusedWithTheFailingField() {
    HttpResponse<String> noConsent =
        post("/api/v1/service-requests", form().add("consent", false).build(), "en");
    assertEquals(400, noConsent.statusCode());
    assertTrue(
        noConsent
            .headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/problem+json"));
    assertEquals(
        "consent", Http.json(noConsent).getJsonArray("errors").getJsonObject(0).getString("field"));
    assertTrue(Http.json(noConsent).getString("detail").contains("consent"), noConsent.body());

    HttpResponse<String> badUic =
        post("/api/v1/service-requests", form().add("companyUic", "201234560").build(), "bg");
    assertEquals(400, badUic.statusCode());
    assertTrue(badUic.body().contains("companyUic"), badUic.body());
    assertTrue(badUic.body().contains("ЕИК"), badUic.body());

    HttpResponse<String> badType =
        post("/api/v1/service-requests", form().add("type", "FREE_LUNCH").build(), "bg");
    assertEquals(400, badType.statusCode());
    assertTrue(badType.body().contains("\"type\""), badType.body());
  }

  @Test
  void aRobotFillingTheTrapFieldIsRefusedAndNothingIsStored() {
    String marker = "robot " + UUID.randomUUID();
    HttpResponse<String> response =
        post(
            "/api/v1/service-requests",
            form().add("website", "http://spam.example").add("description", marker).build(),
            "bg");
    assertEquals(400, response.statusCode());
    assertEquals(
        0, Rows.count("select count(*) from service_request where description = ?", marker));
  }

  @Test
  void tooManySubmissionsFromOneAddressAreRateLimited() {
    // from an address of its own on the loopback network, so other tests keep their quota
    String address = "127.0.0." + (2 + new SecureRandom().nextInt(250));
    int limit = 40;
    int last = 0;
    for (int i = 0; i <= limit && last != 429; i++) {
      last =
          rawPost(
              address,
              "/api/v1/offer-requests",
              Json.createObjectBuilder().add("name", "x").build().toString());
    }
    assertEquals(429, last, "the limit answers 429");
  }

  @Test
  void anOfferRequestIsCreatedForStaff() {
    String topic = "Оферта за обучение " + UUID.randomUUID();
    HttpResponse<String> response =
        post(
            "/api/v1/offer-requests",
            Json.createObjectBuilder()
                .add("name", "Стоян Гешев")
                .add("company", "Родопа Мляко ООД")
                .add("email", "office@rodopa-mlyako.bg")
                .add("phone", "+359 301 6 22 33")
                .add("topic", topic)
                .add("message", "Двама души, начално ниво.")
                .add("programme", "42")
                .build(),
            "bg");
    assertEquals(201, response.statusCode(), response.body());
    var row =
        Rows.query(
                "select type, company_name, programme_ref from service_request where number = ?",
                Http.json(response).getString("number"))
            .get(0);
    assertEquals("OFFER", row.get("type"));
    assertEquals("Родопа Мляко ООД", row.get("company_name"));
    assertEquals("42", row.get("programme_ref"));
  }

  @Test
  void theStatusIsForStaffAndTheClientsOwnAdministratorsOnly() throws Exception {
    String number =
        Http.json(post("/api/v1/service-requests", form().build(), "bg")).getString("number");
    Confirming.confirmRequest(number);
    String staff = TestDatabase.newSecret();
    TestDatabase.insertToken("staff", staff, false);
    HttpResponse<String> forStaff =
        Http.get("/api/v1/service-requests/" + number, "Authorization", "Bearer " + staff);
    assertEquals(200, forStaff.statusCode(), forStaff.body());
    JsonObject status = Http.json(forStaff);
    assertEquals("NEW", status.getString("status"));
    assertTrue(status.isNull("consultant"));
    assertTrue(status.isNull("scheduledStart"));

    String clientAdmin = TestDatabase.newSecret();
    TestDatabase.insertToken("clientadmin", clientAdmin, false);
    assertEquals(
        200,
        Http.get("/api/v1/service-requests/" + number, "Authorization", "Bearer " + clientAdmin)
            .statusCode());

    String other =
        Rows.query(
                "select number from service_request where client_id <> (select id from client where uic = '201234563')"
                    + " and number is not null limit 1")
            .get(0)
            .get("number")
            .toString();
    HttpResponse<String> foreign =
        Http.get("/api/v1/service-requests/" + other, "Authorization", "Bearer " + clientAdmin);
    assertEquals(
        404, foreign.statusCode(), "another company's request does not exist for a client admin");
    assertEquals(
        200,
        Http.get("/api/v1/service-requests/" + other, "Authorization", "Bearer " + staff)
            .statusCode());

    assertEquals(401, Http.get("/api/v1/service-requests/" + number).statusCode());
    String trainee = TestDatabase.newSecret();
    TestDatabase.insertToken("trainee", trainee, false);
    assertEquals(
        403,
        Http.get("/api/v1/service-requests/" + number, "Authorization", "Bearer " + trainee)
            .statusCode());
  }

  private static JsonObjectBuilder form() {
    return Json.createObjectBuilder()
        .add("companyUic", "201234563")
        .add("contactName", "Мария Георгиева")
        .add("email", "Maria.Georgieva@demetra-agro.bg")
        .add("phone", "+359 888 100 200")
        .add("type", "SUPPORT")
        .add("preferredMode", "REMOTE")
        .add("description", "Ведомостта не изчислява нощния труд " + UUID.randomUUID())
        .add("consent", true);
  }

  private static HttpResponse<String> post(String path, JsonObject body, String language) {
    return Http.send(
        HttpRequest.newBuilder(URI.create(Http.BASE + path))
            .header("Content-Type", "application/json")
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build());
  }

  /** A POST from the given local address (the server sees it as the client). */
  private static int rawPost(String localAddress, String path, String json) {
    return RawHttp.request("POST", path)
        .header("Content-Type", "application/json")
        .body(json)
        .from(localAddress)
        .send()
        .status();
  }
}
