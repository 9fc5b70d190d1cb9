package bg.omegasoft.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.RawHttp;
import bg.omegasoft.it.support.ServerLog;
import bg.omegasoft.it.support.TestDatabase;
import jakarta.json.Json;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public forms' rate limit under a flood of malformed submissions from one address, sent in
 * parallel: each one counts and is refused with 400 problem+json; once the limit is reached the
 * form answers 429 before reading the body, valid or not; no more than the limit gets through at
 * once; and nothing of it writes a stack trace to the server log.
 */
@ExtendWith(ArquillianExtension.class)
class PublicFormFloodIT {

  /** -Domex.forms.limit=40 in the test server (ear/pom.xml, server.mail.args). */
  private static final int LIMIT = 40;

  private static final List<byte[]> MALFORMED =
      List.of(
          "{".getBytes(StandardCharsets.UTF_8),
          "[]".getBytes(StandardCharsets.UTF_8),
          "null".getBytes(StandardCharsets.UTF_8),
          new byte[0],
          new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'},
          "[".repeat(1001).getBytes(StandardCharsets.UTF_8));

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void malformedSubmissionsCountAndAreRefusedWithoutAStackTraceUntilTheLimitAnswers429()
      throws Exception {
    long mark = ServerLog.mark();
    String address = "127.0.0." + (2 + new SecureRandom().nextInt(250));
    String marker = "flood " + UUID.randomUUID();

    List<RawHttp.Answer> malformed =
        parallel(
            LIMIT / 2,
            i ->
                () ->
                    post(
                        address,
                        i % 2 == 0 ? "/api/v1/service-requests" : "/api/v1/offer-requests",
                        MALFORMED.get(i % MALFORMED.size())));
    assertEquals(Map.of(400, LIMIT / 2), statuses(malformed), "malformed submissions: 400");
    malformed.forEach(a -> assertTrue(a.isProblem(), a.contentType() + " " + a.text()));

    List<RawHttp.Answer> valid =
        parallel(
            LIMIT / 2 + 10, i -> () -> post(address, "/api/v1/offer-requests", offer(marker, i)));
    assertEquals(
        Map.of(201, LIMIT / 2, 429, 10),
        statuses(valid),
        "only what is left of the limit gets through, also at once");
    valid.stream()
        .filter(a -> a.status() == 429)
        .forEach(
            a ->
                assertEquals(
                    "sd.form.tooMany",
                    Json.createReader(new StringReader(a.text())).readObject().getString("code")));

    List<RawHttp.Answer> late =
        parallel(
            20,
            i ->
                () ->
                    post(address, "/api/v1/service-requests", MALFORMED.get(i % MALFORMED.size())));
    assertEquals(Map.of(429, 20), statuses(late), "past the limit nothing is read: 429");
    late.forEach(a -> assertTrue(a.isProblem(), a.contentType()));

    assertEquals(LIMIT / 2, offersWith(marker));
    assertEquals(
        List.of(),
        ServerLog.problemsSince(mark),
        "the flood wrote stack traces or warnings to the server log");
  }

  private static byte[] offer(String marker, int i) {
    return Json.createObjectBuilder()
        .add("name", "Flood " + i)
        .add("company", "Flood OOD")
        .add("email", "flood" + i + "@example.com")
        .add("phone", "+359 2 000 000")
        .add("topic", "Обучение")
        .add("message", marker)
        .build()
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  private static RawHttp.Answer post(String address, String path, byte[] body) {
    return RawHttp.request("POST", path)
        .from(address)
        .header("Content-Type", "application/json")
        .header("Accept-Language", "en")
        .body(body)
        .send();
  }

  private static List<RawHttp.Answer> parallel(
      int count, IntFunction<Callable<RawHttp.Answer>> request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      List<Future<RawHttp.Answer>> sent = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        sent.add(pool.submit(request.apply(i)));
      }
      List<RawHttp.Answer> answers = new ArrayList<>();
      for (Future<RawHttp.Answer> answer : sent) {
        answers.add(answer.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Map<Integer, Integer> statuses(List<RawHttp.Answer> answers) {
    Map<Integer, Integer> statuses = new TreeMap<>();
    answers.forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
    return statuses;
  }

  private static int offersWith(String marker) throws Exception {
    try (Connection db = TestDatabase.connect();
        PreparedStatement count =
            db.prepareStatement("select count(*) from service_request where description = ?")) {
      count.setString(1, marker);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
