package bg.omegasoft.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts {@code bench.users} attempts at once through the attempts API (each trainee with their own
 * token), then saves an answer to every question concurrently, then submits; prints the percentiles
 * of start, save and submit, and compares the answers stored in the database with those sent (none
 * lost, none written twice). Run against a running server (README, "Speed"):
 *
 * <pre>
 * mvn -B -Pbench process-test-classes -Dbench.url=http://127.0.0.1:8080 \
 *     -Dbench.db=jdbc:mariadb://127.0.0.1:3306/omex
 * </pre>
 *
 * It adds bench-* trainees with API tokens to that database (demo data needed: it takes the demo
 * entry test of "ТРЗ за начинаещи", open to every trainee). Bounded: one start, one save per
 * question and one submission per trainee, with a timeout on every request.
 */
public final class AttemptsBenchmark {

  private final String base = System.getProperty("bench.url", "http://127.0.0.1:8080");
  private final String db =
      System.getProperty(
          "bench.db", System.getenv().getOrDefault("DB_URL", "jdbc:mariadb://127.0.0.1:3306/omex"));
  private final int users = Integer.getInteger("bench.users", 300);
  private final int thinkMillis = Integer.getInteger("bench.thinkMillis", 0);
  private final String testTitle =
      System.getProperty("bench.test", "Входен тест: ТРЗ за начинаещи");
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  private final List<Long> starts = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> saves = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> submits = Collections.synchronizedList(new ArrayList<>());
  private final Map<Long, String> sent = new ConcurrentHashMap<>();
  private final AtomicInteger failures = new AtomicInteger();

  public static void main(String[] args) throws Exception {
    new AttemptsBenchmark().run();
  }

  private record Trainee(String token) {}

  private record Started(Trainee trainee, long attemptId, List<JsonObject> items) {}

  void run() throws Exception {
    String run = Long.toString(System.currentTimeMillis(), 36);
    long testId;
    List<Trainee> trainees = new ArrayList<>();
    try (Connection connection = connect()) {
      testId = testId(connection);
      for (int i = 0; i < users; i++) {
        trainees.add(new Trainee(trainee(connection, "bench-" + run + "-" + i)));
      }
    }
    System.out.printf(
        "%d trainees, test %d, server %s, think time %d ms%n", users, testId, base, thinkMillis);
    ExecutorService pool = Executors.newFixedThreadPool(users);
    try {
      List<Started> started = startAll(pool, trainees, testId);
      long t0 = System.nanoTime();
      saveAll(pool, started);
      double saveSeconds = (System.nanoTime() - t0) / 1e9;
      Map<Long, String> stored;
      try (Connection connection = connect()) {
        stored = stored(connection, started);
      }
      submitAll(pool, started);
      report("start", starts);
      report("save", saves);
      report("submit", submits);
      System.out.printf(
          "saves: %d in %.1f s (%.0f/s)%n", saves.size(), saveSeconds, saves.size() / saveSeconds);
      verify(stored);
    } finally {
      pool.shutdownNow();
    }
  }

  private List<Started> startAll(ExecutorService pool, List<Trainee> trainees, long testId)
      throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Started>> futures = new ArrayList<>();
    for (Trainee trainee : trainees) {
      futures.add(
          pool.submit(
              () -> {
                go.await();
                long t = System.nanoTime();
                HttpResponse<String> response =
                    call("POST", "/api/v1/tests/" + testId + "/attempts", trainee, null);
                starts.add(System.nanoTime() - t);
                if (response.statusCode() != 201) {
                  failures.incrementAndGet();
                  System.out.println("start " + response.statusCode() + " " + response.body());
                  return null;
                }
                JsonObject attempt = json(response.body());
                return new Started(
                    trainee,
                    attempt.getJsonNumber("id").longValue(),
                    attempt.getJsonArray("items").getValuesAs(JsonObject.class));
              }));
    }
    go.countDown();
    List<Started> started = new ArrayList<>();
    for (Future<Started> future : futures) {
      Started s = future.get(120, TimeUnit.SECONDS);
      if (s != null) {
        started.add(s);
      }
    }
    return started;
  }

  private void saveAll(ExecutorService pool, List<Started> started) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (Started attempt : started) {
      futures.add(
          pool.submit(
              () -> {
                go.await();
                Random random = new Random(attempt.attemptId());
                for (JsonObject item : attempt.items()) {
                  if (thinkMillis > 0) {
                    // a person reads the question before answering: 0.5 to 1.5 times the think time
                    Thread.sleep(thinkMillis / 2 + random.nextInt(thinkMillis + 1));
                  }
                  long itemId = item.getJsonNumber("id").longValue();
                  String[] answer = answer(item, random);
                  long t = System.nanoTime();
                  HttpResponse<String> response =
                      call(
                          "PUT",
                          "/api/v1/attempts/" + attempt.attemptId() + "/items/" + itemId,
                          attempt.trainee(),
                          answer[0]);
                  saves.add(System.nanoTime() - t);
                  if (response.statusCode() == 200) {
                    sent.put(itemId, answer[1]);
                  } else {
                    failures.incrementAndGet();
                    System.out.println("save " + response.statusCode() + " " + response.body());
                  }
                }
                return null;
              }));
    }
    go.countDown();
    for (Future<?> future : futures) {
      future.get(600, TimeUnit.SECONDS);
    }
  }

  private void submitAll(ExecutorService pool, List<Started> started) throws Exception {
    List<Future<?>> futures = new ArrayList<>();
    for (Started attempt : started) {
      futures.add(
          pool.submit(
              () -> {
                long t = System.nanoTime();
                HttpResponse<String> response =
                    call(
                        "POST",
                        "/api/v1/attempts/" + attempt.attemptId() + "/submission",
                        attempt.trainee(),
                        null);
                submits.add(System.nanoTime() - t);
                if (response.statusCode() != 200) {
                  failures.incrementAndGet();
                }
                return null;
              }));
    }
    for (Future<?> future : futures) {
      future.get(300, TimeUnit.SECONDS);
    }
  }

  /** The request body and the answer as the server stores it. */
  private static String[] answer(JsonObject item, Random random) {
    var options = item.getJsonArray("options");
    return switch (item.getString("type")) {
      case "SINGLE_CHOICE", "MULTIPLE_CHOICE" -> {
        long id =
            options.getJsonObject(random.nextInt(options.size())).getJsonNumber("id").longValue();
        yield new String[] {"{\"options\":[" + id + "]}", Long.toString(id)};
      }
      case "TRUE_FALSE" -> {
        boolean value = random.nextBoolean();
        yield new String[] {"{\"value\":" + value + "}", Boolean.toString(value)};
      }
      case "NUMERIC" -> {
        int value = random.nextInt(1000);
        yield new String[] {"{\"text\":\"" + value + "\"}", Integer.toString(value)};
      }
      default -> {
        String value = "отговор " + random.nextInt(1000);
        yield new String[] {"{\"text\":\"" + value + "\"}", value};
      }
    };
  }

  private void verify(Map<Long, String> stored) {
    int lost = 0;
    int wrong = 0;
    for (Map.Entry<Long, String> entry : sent.entrySet()) {
      String value = stored.get(entry.getKey());
      if (value == null) {
        lost++;
      } else if (!value.equals(entry.getValue())) {
        wrong++;
      }
    }
    long unexpected = stored.keySet().stream().filter(id -> !sent.containsKey(id)).count();
    System.out.printf(
        "answers sent %d, stored %d: lost %d, different %d, stored but never sent %d, written twice %d; failed requests %d%n",
        sent.size(), stored.size(), lost, wrong, unexpected, twice, failures.get());
    if (lost + wrong + unexpected + twice + failures.get() > 0) {
      throw new IllegalStateException("The stored answers differ from those sent");
    }
  }

  private int twice;

  /**
   * Item id to stored answer, for the benchmark's attempts; counts items written more than once.
   */
  private Map<Long, String> stored(Connection connection, List<Started> started) throws Exception {
    Map<Long, String> stored = new HashMap<>();
    StringBuilder ids = new StringBuilder();
    for (Started s : started) {
      ids.append(ids.isEmpty() ? "" : ",").append(s.attemptId());
    }
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select id, answer, revision from attempt_item where attempt_id in ("
                    + ids
                    + ") and answer is not null")) {
      while (rows.next()) {
        stored.put(rows.getLong(1), rows.getString(2));
        if (rows.getInt(3) != 1) {
          twice++;
        }
      }
    }
    return stored;
  }

  private static void report(String what, List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      return;
    }
    System.out.printf(
        "%-6s n=%d  p50=%d ms  p95=%d ms  p99=%d ms  max=%d ms%n",
        what,
        sorted.size(),
        ms(sorted, 0.50),
        ms(sorted, 0.95),
        ms(sorted, 0.99),
        sorted.get(sorted.size() - 1) / 1_000_000);
  }

  private static long ms(List<Long> sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1_000_000;
  }

  private HttpResponse<String> call(String method, String path, Trainee trainee, String body)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + trainee.token())
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private Connection connect() throws Exception {
    Properties properties = new Properties();
    properties.setProperty("user", System.getenv().getOrDefault("DB_USER", "root"));
    if (System.getenv("DB_PASSWORD") != null) {
      properties.setProperty("password", System.getenv("DB_PASSWORD"));
    }
    return DriverManager.getConnection(db, properties);
  }

  private long testId(Connection connection) throws Exception {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select id from test_definition where title = ? and published")) {
      query.setString(1, testTitle);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("No published test '" + testTitle + "' (demo data?)");
        }
        return row.getLong(1);
      }
    }
  }

  /** A new trainee with an API token; answers the token. */
  private static String trainee(Connection connection, String username) throws Exception {
    try (PreparedStatement user =
        connection.prepareStatement(
            "insert into app_user (username, full_name, password_hash, locale, password_changed_at, created_at)"
                + " values (?, ?, 'none', 'bg', utc_timestamp(3), utc_timestamp(3))",
            Statement.RETURN_GENERATED_KEYS)) {
      user.setString(1, username);
      user.setString(2, "Бенчмарк " + username);
      user.executeUpdate();
      long id;
      try (ResultSet keys = user.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
      try (Statement role = connection.createStatement()) {
        role.executeUpdate(
            "insert into app_user_role (user_id, role) values (" + id + ", 'TRAINEE')");
      }
      byte[] random = new byte[32];
      new java.security.SecureRandom().nextBytes(random);
      String token =
          "omx_" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into api_token (user_id, name, token_hash, prefix, created_at) values (?, 'bench', ?, ?, utc_timestamp(3))")) {
        insert.setLong(1, id);
        insert.setString(
            2,
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(token.getBytes(StandardCharsets.UTF_8))));
        insert.setString(3, token.substring(0, 10));
        insert.executeUpdate();
      }
      return token;
    }
  }
}
