package bg.omegasoft.it.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Http;
import bg.omegasoft.it.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public certificate check exactly as docs/api-contract.md states it (valid, 404 for unknown or
 * malformed codes, 429 when an address checks too often), and a trainee taking a test through the
 * attempts API with their own token, without ever getting a scoring key.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssessmentApiIT {

  /** The demo certificate of the demo trainee (db/demo). */
  static final String DEMO_CODE = "HUGO274PAFHSG4A7UNZQ";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  @Order(1)
  void aValidCertificateAnswersExactlyTheContractsFields() {
    HttpResponse<String> response = Http.get("/api/v1/certificates/" + DEMO_CODE);
    assertEquals(200, response.statusCode(), response.body());
    JsonObject body = Http.json(response);
    assertEquals(
        Set.of("status", "holder", "programme", "level", "version", "issuedOn"), body.keySet());
    assertEquals("VALID", body.getString("status"));
    assertEquals("Иван Петров", body.getString("holder"));
    assertEquals("ТРЗ за начинаещи", body.getString("programme"));
    assertEquals("BEGINNER", body.getString("level"));
    assertEquals(1, body.getInt("version"));
    assertTrue(body.getString("issuedOn").matches("\\d{4}-\\d{2}-\\d{2}"));
    assertEquals(200, Http.get("/api/v1/certificates/" + DEMO_CODE.toLowerCase()).statusCode());
  }

  @Test
  @Order(2)
  void unknownAndMalformedCodesAre404ProblemsNever500() {
    for (String code :
        new String[] {"AAAAAAAAAAAAAAAAAAAA", "abc", "%27%20or%201%3D1--", "x".repeat(300)}) {
      HttpResponse<String> response =
          Http.get("/api/v1/certificates/" + code, "Accept-Language", "en");
      assertEquals(404, response.statusCode(), code);
      assertTrue(
          response
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/problem+json"));
      assertEquals(
          "No certificate has this verification code.", Http.json(response).getString("detail"));
    }
  }

  @Test
  @Order(3)
  void aTraineeTakesATestThroughTheApiWithTheirToken() throws Exception {
    String token = TestDatabase.tokenFor("trainee");
    String auth = "Bearer " + token;
    long testId = demoEntryTest();

    HttpResponse<String> started =
        send("POST", "/api/v1/tests/" + testId + "/attempts", auth, null);
    assertEquals(201, started.statusCode(), started.body());
    String everything = started.body();
    assertFalse(everything.contains("correct"), "no scoring keys: " + everything);
    JsonObject attempt = Http.json(started);
    Set<String> allowed =
        Set.of(
            "id",
            "position",
            "type",
            "text",
            "options",
            "chosen",
            "revision",
            "value",
            "answerText",
            "image");
    for (JsonObject item : attempt.getJsonArray("items").getValuesAs(JsonObject.class)) {
      assertTrue(
          allowed.containsAll(item.keySet()), "only what a trainee may see: " + item.keySet());
      for (JsonObject option : item.getJsonArray("options").getValuesAs(JsonObject.class)) {
        assertEquals(Set.of("id", "text"), option.keySet());
      }
    }
    long attemptId = attempt.getJsonNumber("id").longValue();
    assertEquals(
        attemptId,
        Http.json(send("POST", "/api/v1/tests/" + testId + "/attempts", auth, null))
            .getJsonNumber("id")
            .longValue(),
        "resumed");

    JsonArray items = attempt.getJsonArray("items");
    for (JsonObject item : items.getValuesAs(JsonObject.class)) {
      String body =
          switch (item.getString("type")) {
            case "SINGLE_CHOICE" ->
                "{\"options\":["
                    + item.getJsonArray("options").getJsonObject(0).getJsonNumber("id")
                    + "]}";
            case "MULTIPLE_CHOICE" ->
                "{\"options\":["
                    + item.getJsonArray("options").getJsonObject(0).getJsonNumber("id")
                    + "]}";
            case "TRUE_FALSE" -> "{\"value\":true}";
            case "NUMERIC" -> "{\"text\":\"20\"}";
            default -> "{\"text\":\"НОИ\"}";
          };
      HttpResponse<String> saved =
          send(
              "PUT",
              "/api/v1/attempts/" + attemptId + "/items/" + item.getJsonNumber("id"),
              auth,
              body);
      assertEquals(200, saved.statusCode(), saved.body());
      assertEquals(1, Http.json(saved).getInt("revision"));
      HttpResponse<String> again =
          send(
              "PUT",
              "/api/v1/attempts/" + attemptId + "/items/" + item.getJsonNumber("id"),
              auth,
              body);
      assertFalse(Http.json(again).getBoolean("changed"), "a repeated save changes nothing");
    }
    long firstItem = items.getJsonObject(0).getJsonNumber("id").longValue();
    long choiceItem =
        items.getValuesAs(JsonObject.class).stream()
            .filter(i -> !i.getJsonArray("options").isEmpty())
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    assertEquals(
        400,
        send(
                "PUT",
                "/api/v1/attempts/" + attemptId + "/items/" + choiceItem,
                auth,
                "{\"options\":[123456789]}")
            .statusCode(),
        "an option of no question of the attempt");
    assertEquals(
        400,
        send("PUT", "/api/v1/attempts/" + attemptId + "/items/999999999", auth, "{\"value\":true}")
            .statusCode());
    assertEquals(
        400,
        send(
                "PUT",
                "/api/v1/attempts/" + attemptId + "/items/" + firstItem,
                auth,
                "{\"nothing\":1}")
            .statusCode());
    assertEquals(
        409,
        send(
                "PUT",
                "/api/v1/attempts/" + attemptId + "/items/" + firstItem,
                auth,
                "{\"value\":false,\"revision\":0}")
            .statusCode(),
        "changed since revision 0: not overwritten");

    JsonObject result =
        Http.json(send("POST", "/api/v1/attempts/" + attemptId + "/submission", auth, null));
    JsonObject twice =
        Http.json(send("POST", "/api/v1/attempts/" + attemptId + "/submission", auth, null));
    assertEquals(result, twice, "a double submission gives the same result");
    assertEquals("SUBMITTED", result.getString("status"));
    assertEquals("TRAINEE", result.getString("submittedBy"));
    assertEquals(items.size(), result.getInt("maxPoints"));
    assertEquals(
        409,
        send(
                "PUT",
                "/api/v1/attempts/" + attemptId + "/items/" + firstItem,
                auth,
                "{\"value\":true}")
            .statusCode());
    assertEquals(
        401, send("POST", "/api/v1/tests/" + testId + "/attempts", null, null).statusCode());
    assertTrue(Http.get("/openapi").body().contains("/api/v1/attempts/{id}/items/{itemId}"));
  }

  @Test
  @Order(4)
  void checkingTooOftenFromOneAddressIsRateLimited() {
    int limited = 0;
    for (int i = 0; i < 45; i++) {
      HttpResponse<String> response = Http.get("/api/v1/certificates/" + DEMO_CODE);
      if (response.statusCode() == 429) {
        limited++;
        assertTrue(
            response
                .headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("application/problem+json"));
        assertEquals("certificate.checkLimit", Http.json(response).getString("code"));
        assertTrue(response.headers().firstValue("Retry-After").isPresent());
      }
    }
    assertTrue(limited >= 10, "429 answers: " + limited);
    // the page is limited with the API (a token may have come back meanwhile: ask a few times)
    boolean pageLimited = false;
    for (int i = 0; i < 5 && !pageLimited; i++) {
      pageLimited = Http.get("/public/certificate.xhtml?code=" + DEMO_CODE).statusCode() == 429;
    }
    assertTrue(pageLimited, "the public page answers 429 too");
  }

  private static long demoEntryTest() throws Exception {
    try (Connection db = TestDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "select id from test_definition where title = 'Входен тест: ТРЗ за начинаещи'");
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static HttpResponse<String> send(String method, String path, String auth, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Http.BASE + path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .header("Accept", "application/json");
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (auth != null) {
      request.header("Authorization", auth);
    }
    return Http.send(request.build());
  }

  static JsonObject parse(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
