package bg.omegasoft.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.AsOperator;
import bg.omegasoft.it.support.BillingData;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.TestDatabase;
import bg.omegasoft.operations.boundary.InvoiceRuns;
import bg.omegasoft.operations.boundary.Jobs;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The batch API over HTTP with personal tokens, as operators' automation uses it: start an invoice
 * run (202), read its execution with per-step counts, refuse a second run of the date (409), a
 * future or malformed date (400, in Bulgarian by default and in English on request), restart and
 * stop by the job's state; other roles get 403.
 */
@ExtendWith(ArquillianExtension.class)
class BatchApiIT {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(BatchApiIT.class);
  }

  @jakarta.ejb.EJB AsOperator asOperator;
  @jakarta.ejb.EJB Jobs jobs;
  @jakarta.ejb.EJB InvoiceRuns invoiceRuns;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource db;

  @Test
  void anOperatorStartsAnInvoiceRunAndReadsItsExecution() throws Exception {
    String operator = token("operator");
    LocalDate date = Runs.freshDate();

    HttpResponse<String> started = post("/batch/invoice-runs", operator, run(date, false), "bg");
    assertEquals(202, started.statusCode(), started.body());
    long id = json(started.body()).getJsonNumber("executionId").longValue();
    Runs.awaitEnd(asOperator, jobs, id);

    HttpResponse<String> read = get("/batch/executions/" + id, operator);
    assertEquals(200, read.statusCode(), read.body());
    JsonObject execution = json(read.body());
    assertEquals(id, execution.getJsonNumber("executionId").longValue());
    assertEquals("invoice-run", execution.getString("job"));
    assertTrue(execution.getString("start").endsWith("Z"), execution.toString());
    JsonObject collect = execution.getJsonArray("steps").getJsonObject(0);
    assertEquals("collect", collect.getString("name"));
    assertTrue(
        collect.containsKey("read") && collect.containsKey("write") && collect.containsKey("skip"));

    HttpResponse<String> twice = post("/batch/invoice-runs", operator, run(date, false), "en");
    assertEquals(409, twice.statusCode(), twice.body());
    assertTrue(
        twice
            .headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/problem+json"));
    assertEquals("operations.invoiceRun.exists", json(twice.body()).getString("code"));
    assertTrue(
        json(twice.body()).getString("detail").contains("already a real invoice run for " + date));

    HttpResponse<String> stop = post("/batch/executions/" + id + "/stop", operator, "", "en");
    assertEquals(409, stop.statusCode(), stop.body());
    assertEquals("operations.job.notRunning", json(stop.body()).getString("code"));

    assertEquals("COMPLETED", execution.getString("status"));
    assertEquals(100, execution.getJsonObject("progress").getInt("percent"));
    HttpResponse<String> restart = post("/batch/executions/" + id + "/restart", operator, "", "en");
    assertEquals(409, restart.statusCode(), restart.body());
    assertEquals("operations.job.notRestartable", json(restart.body()).getString("code"));
    assertEquals(404, get("/batch/executions/987654321", operator).statusCode());
  }

  @Test
  void aFailedRunIsRestartedOverTheApi() throws Exception {
    String operator = token("operator");
    LocalDate date = LocalDate.of(2026, 9, 22);
    BillingData work = new BillingData(db);
    work.remote(work.client("Рестарт през API"), date, 60);
    long failed =
        Runs.failed(asOperator, invoiceRuns, jobs, RunFault.inInvoiceStep(db, date, 1, 1), 1);
    Runs.awaitEnd(asOperator, jobs, failed);
    assertEquals(
        "FAILED", json(get("/batch/executions/" + failed, operator).body()).getString("status"));

    HttpResponse<String> restart =
        post("/batch/executions/" + failed + "/restart", operator, "", "en");
    assertEquals(202, restart.statusCode(), restart.body());
    long again = json(restart.body()).getJsonNumber("executionId").longValue();
    assertTrue(again > failed);
    Runs.awaitEnd(asOperator, jobs, again);
    JsonObject restarted = json(get("/batch/executions/" + again, operator).body());
    assertEquals("COMPLETED", restarted.getString("status"));
    JsonObject invoice =
        restarted.getJsonArray("steps").stream()
            .map(JsonValue::asJsonObject)
            .filter(step -> step.getString("name").equals("invoice"))
            .findFirst()
            .orElseThrow();
    assertTrue(invoice.getInt("write") >= 1, restarted.toString());
  }

  @Test
  void aFutureOrMalformedBillingDateIsRefusedInTheCallersLanguage() throws Exception {
    String operator = token("operator");
    LocalDate tomorrow = LocalDate.now(SofiaTime.ZONE).plusDays(1);

    HttpResponse<String> bg = post("/batch/invoice-runs", operator, run(tomorrow, false), null);
    assertEquals(400, bg.statusCode(), bg.body());
    JsonObject problem = json(bg.body());
    assertEquals("billingDate", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(
        "Датата на фактуриране не може да е в бъдещето.",
        problem.getJsonArray("errors").getJsonObject(0).getString("message"));

    HttpResponse<String> en = post("/batch/invoice-runs", operator, run(tomorrow, true), "en");
    assertEquals(400, en.statusCode());
    assertEquals(
        "The billing date cannot be in the future.",
        json(en.body()).getJsonArray("errors").getJsonObject(0).getString("message"));

    HttpResponse<String> malformed =
        post("/batch/invoice-runs", operator, "{\"billingDate\":\"30.11.2026\"}", "en");
    assertEquals(400, malformed.statusCode(), malformed.body());
    assertTrue(
        json(malformed.body())
            .getJsonArray("errors")
            .getJsonObject(0)
            .getString("message")
            .contains("YYYY-MM-DD"));

    HttpResponse<String> parts =
        post(
            "/batch/invoice-runs",
            operator,
            "{\"billingDate\":\"2026-09-01\",\"dryRun\":true,\"deliveryPartitions\":9}",
            null);
    assertEquals(400, parts.statusCode(), parts.body());
    JsonObject partsProblem = json(parts.body()).getJsonArray("errors").getJsonObject(0);
    assertEquals("deliveryPartitions", partsProblem.getString("field"));
    assertEquals(
        "Частите на изпращането трябва да са цяло число от 1 до 4.",
        partsProblem.getString("message"));
  }

  @Test
  void otherRolesAndAnonymousCallersAreRefused() throws Exception {
    String date = Runs.freshDate().toString();
    String body = "{\"billingDate\":\"" + date + "\",\"dryRun\":true}";
    assertEquals(403, post("/batch/invoice-runs", token("finance"), body, "en").statusCode());
    assertEquals(403, get("/batch/executions/1", token("trainee")).statusCode());
    assertEquals(401, post("/batch/invoice-runs", null, body, "en").statusCode());
  }

  private static String run(LocalDate date, boolean dryRun) {
    return Json.createObjectBuilder()
        .add("billingDate", date.toString())
        .add("dryRun", dryRun)
        .build()
        .toString();
  }

  private static HttpRequest.Builder request(String path, String token, String language) {
    int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (8080 + offset) + "/api/v1" + path))
            .timeout(Duration.ofSeconds(30));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    if (language != null) {
      builder.header("Accept-Language", language);
    }
    return builder;
  }

  private static HttpResponse<String> post(String path, String token, String body, String language)
      throws Exception {
    return CLIENT.send(
        request(path, token, language)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path, String token) throws Exception {
    return CLIENT.send(
        request(path, token, "en").GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private String token(String username) throws Exception {
    return TestDatabase.tokenFor(db, username);
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
