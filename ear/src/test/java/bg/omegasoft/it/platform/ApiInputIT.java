package bg.omegasoft.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.RawHttp;
import bg.omegasoft.it.support.ServerLog;
import bg.omegasoft.it.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API's answers to the malformed requests of issue 12: malformed JSON on the public forms,
 * a malformed Accept, PDM dates, parameters and file names, the invoice run's dates, numbers and
 * dryRun, ids that are not ASCII digits, and bodies over the size limit. Each is a client error in
 * problem+json naming what is wrong, and none writes a stack trace to the server log.
 */
@ExtendWith(ArquillianExtension.class)
class ApiInputIT {

  private static final AtomicInteger ADDRESS = new AtomicInteger(new SecureRandom().nextInt(250));

  private long mark;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @BeforeEach
  void markTheLog() {
    mark = ServerLog.mark();
  }

  @AfterEach
  void noStackTraceInTheLog() {
    assertEquals(List.of(), ServerLog.problemsSince(mark));
  }

  @Test
  void malformedJsonOnThePublicFormsIs400NamingTheBodyInTheCallersLanguage() {
    for (String form : List.of("/api/v1/service-requests", "/api/v1/offer-requests")) {
      assertRefused(form, "{", "request.json.malformed");
      assertRefused(form, "[]", "request.json.object");
      assertRefused(form, "null", "request.json.object");
      assertRefused(form, "", "request.body.required");
      assertRefused(form, "[".repeat(1001) + "]".repeat(1001), "request.json.tooDeep");
      assertRefused(form, "{\"email\":1,\"email\":2}", "request.json.duplicateKey");
      RawHttp.Answer bytes =
          publicPost(
              form,
              "application/json",
              new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'});
      assertProblem(bytes, 400, "request.encoding.invalid", "body");
      RawHttp.Answer charset =
          publicPost(form, "application/json; charset=nonexistent", utf8("{}"));
      assertProblem(charset, 415, "request.charset.unsupported", "Content-Type");
    }
    RawHttp.Answer english = publicPost("/api/v1/offer-requests", "application/json", utf8("{"));
    assertTrue(
        json(english).getString("detail").startsWith("The request body is not valid JSON"),
        english.text());
    RawHttp.Answer wrongType =
        publicPost("/api/v1/service-requests", "application/json", utf8("{\"email\":[1]}"));
    assertProblem(wrongType, 400, "input.text", "email");
  }

  @Test
  void aFormFieldThatBreaksItsConstraintIs400NamingItWithoutAStackTrace() {
    RawHttp.Answer answer =
        publicPost(
            "/api/v1/offer-requests",
            "application/json",
            utf8(
                "{\"name\":\"Иван\",\"company\":\"Фирма ООД\",\"email\":\"not an e-mail\","
                    + "\"phone\":\"+359 2 000 000\",\"topic\":\"Обучение\",\"message\":\"x\"}"));
    assertProblem(answer, 400, "input.invalid", "email");
  }

  @Test
  void aMalformedAcceptIs400NamingTheHeader() throws Exception {
    String admin = TestDatabase.tokenFor("admin");
    for (String[] request :
        List.of(
            new String[] {"/api/v1/catalogue", null},
            new String[] {"/api/v1/me", admin},
            new String[] {"/api/v1/contracts/1", admin})) {
      RawHttp get =
          RawHttp.request("GET", request[0])
              .from(nextAddress())
              .header("Accept", "*/*;q=abc")
              .header("Accept-Language", "en");
      if (request[1] != null) {
        get.header("Authorization", "Bearer " + request[1]);
      }
      assertProblem(get.send(), 400, "request.header.invalid", "Accept");
    }
    RawHttp.Answer openApi =
        RawHttp.request("GET", "/openapi").header("Accept", "*/*;q=abc").send();
    assertProblem(openApi, 400, "request.header.invalid", "Accept");
  }

  @Test
  void pdmNamesTheMalformedDateParameterOrFileName() throws Exception {
    String clientAdmin = TestDatabase.tokenFor("clientadmin");
    assertProblem(
        pdm("GET", "/api/v1/pdm/spaces/1/audit?from=-999999999-01-01", clientAdmin, null, null),
        400,
        "input.date",
        "from");
    assertProblem(
        pdm(
            "POST",
            "/api/v1/pdm/spaces/1/files?legalBasis=CONTRACT&purpose=test",
            clientAdmin,
            "%ZZ.csv",
            utf8("a;b")),
        400,
        "pdm.api.fileNameHeader",
        "X-File-Name");
    assertProblem(
        pdm(
            "POST",
            "/api/v1/pdm/spaces/1/files?name=a.csv&legalBasis=CONTRACT&purpose=test&retentionDays=abc",
            clientAdmin,
            null,
            utf8("a;b")),
        400,
        "input.integer",
        "retentionDays");
    assertProblem(
        pdm("GET", "/api/v1/pdm/spaces/1/files?folder=%D9%A1", clientAdmin, null, null),
        400,
        "input.id",
        "folder");
  }

  @Test
  void theInvoiceRunTakesOnlyPlausibleDatesWholeNumbersAndAnExplicitDryRun() throws Exception {
    String operator = TestDatabase.tokenFor("operator");
    assertProblem(
        run(operator, "{\"billingDate\":\"-999999999-01-01\",\"dryRun\":true}"),
        400,
        "operations.invoiceRun.billingDate.malformed",
        "billingDate");
    RawHttp.Answer yearZero = run(operator, "{\"billingDate\":\"0000-01-01\",\"dryRun\":true}");
    assertProblem(yearZero, 400, "operations.invoiceRun.billingDate.tooEarly", "billingDate");
    assertTrue(yearZero.text().contains("2000-01-01"), yearZero.text());
    assertProblem(
        run(operator, "{\"billingDate\":\"2001-01-01\",\"dryRun\":true,\"itemCount\":4294967396}"),
        400,
        "operations.invoiceRun.itemCount.range",
        "itemCount");
    assertProblem(
        run(operator, "{\"billingDate\":\"2001-01-01\",\"dryRun\":true,\"itemCount\":2.9}"),
        400,
        "operations.invoiceRun.itemCount.range",
        "itemCount");
    assertProblem(
        run(operator, "{\"billingDate\":\"2001-01-01\"}"),
        400,
        "operations.invoiceRun.dryRun.required",
        "dryRun");
    assertProblem(
        run(operator, "{\"billingDate\":\"2001-01-01\",\"dryRun\":\"false\"}"),
        400,
        "operations.invoiceRun.dryRun.malformed",
        "dryRun");
  }

  @Test
  void anIdThatIsNotPlainAsciiDigitsNamesNoResource() throws Exception {
    String trainee = TestDatabase.tokenFor("trainee");
    assertEquals(
        200,
        RawHttp.request("GET", "/api/v1/attempts/1")
            .header("Authorization", "Bearer " + trainee)
            .send()
            .status(),
        "the demo trainee's attempt 1");
    for (String id :
        List.of("%D9%A1", "%EF%BC%91", "1;select", "1;a=b", "99999999999999999999", "-1", "1.0")) {
      RawHttp.Answer answer =
          RawHttp.request("GET", "/api/v1/attempts/" + id)
              .header("Authorization", "Bearer " + trainee)
              .send();
      assertProblem(answer, 404, "resource.notFound", null);
    }
  }

  @Test
  void aBodyOverTheLimitIs413InProblemJson() throws Exception {
    RawHttp.Answer declared =
        RawHttp.request("POST", "/api/v1/offer-requests")
            .from(nextAddress())
            .header("Content-Type", "application/json")
            .header("Content-Length", "200000000")
            .body(utf8("{}"))
            .send();
    assertProblem(declared, 413, "request.tooLarge", null);

    String operator = TestDatabase.tokenFor("operator");
    RawHttp.Answer chunked =
        RawHttp.request("POST", "/api/v1/batch/invoice-runs")
            .header("Authorization", "Bearer " + operator)
            .header("Content-Type", "application/json")
            .body(utf8("{\"billingDate\":\"" + "x".repeat(1_200_000) + "\"}"))
            .chunked()
            .send();
    assertProblem(chunked, 413, "request.tooLarge", "body");

    String clientAdmin = TestDatabase.tokenFor("clientadmin");
    RawHttp.Answer upload =
        RawHttp.request(
                "POST", "/api/v1/pdm/spaces/1/files?name=a.csv&legalBasis=CONTRACT&purpose=t")
            .header("Authorization", "Bearer " + clientAdmin)
            .header("Content-Type", "text/csv")
            .header("Content-Length", "200000000")
            .body(utf8("a;b"))
            .send();
    assertProblem(upload, 413, "request.tooLarge", null);
  }

  private static void assertRefused(String form, String body, String code) {
    assertProblem(publicPost(form, "application/json", utf8(body)), 400, code, null);
  }

  private static void assertProblem(RawHttp.Answer answer, int status, String code, String field) {
    assertEquals(status, answer.status(), answer.text());
    assertTrue(answer.isProblem(), answer.contentType());
    JsonObject problem = json(answer);
    assertEquals(code, problem.getString("code"), problem.toString());
    if (field != null) {
      assertEquals(
          field,
          problem.getJsonArray("errors").getJsonObject(0).getString("field"),
          problem.toString());
    }
  }

  private static RawHttp.Answer publicPost(String path, String contentType, byte[] body) {
    return RawHttp.request("POST", path)
        .from(nextAddress())
        .header("Content-Type", contentType)
        .header("Accept-Language", "en")
        .body(body)
        .send();
  }

  private static RawHttp.Answer pdm(
      String method, String target, String token, String fileName, byte[] body) {
    RawHttp request = RawHttp.request(method, target).header("Authorization", "Bearer " + token);
    if (fileName != null) {
      request.header("X-File-Name", fileName);
    }
    if (body != null) {
      request.header("Content-Type", "text/csv").body(body);
    }
    return request.send();
  }

  private static RawHttp.Answer run(String token, String body) {
    return RawHttp.request("POST", "/api/v1/batch/invoice-runs")
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .body(utf8(body))
        .send();
  }

  /** Another loopback address for each public request, so the forms' rate limit stays aside. */
  private static String nextAddress() {
    return "127.0.0." + (2 + ADDRESS.getAndIncrement() % 250);
  }

  private static JsonObject json(RawHttp.Answer answer) {
    return Json.createReader(new StringReader(answer.text())).readObject();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
