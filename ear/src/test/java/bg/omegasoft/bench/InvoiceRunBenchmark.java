package bg.omegasoft.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Measures the nightly invoice run against plain JDBC. For each checkpoint interval (clients per
 * chunk) it registers {@code bench.items} open billable items of {@code bench.clients} bench
 * clients, done on a billing date of their own, runs the invoice-run job for that date through the
 * batch API and reads its duration and that of its invoice and delivery steps; then it measures the
 * database's own limit with plain JDBC batches (Connector/J's bulk protocol) of as many rows: into
 * the real {@code invoice_line} table (its keys, foreign keys and indexes; rolled back, as issued
 * invoices never change) and into a bare table with a primary key only. Prints items/s of the job,
 * rows/s of both inserts and the ratios. Run against a running server with billing deployed
 * (README, "Nightly operations"):
 *
 * <pre>
 * mvn -B -Pbench-invoicing process-test-classes -Dbench.url=http://127.0.0.1:8080 \
 *     -Dbench.db=jdbc:mariadb://127.0.0.1:3306/omex
 * </pre>
 *
 * It adds bench clients (UIC 9xxxxxxxx), their items and the invoices the runs issue to that
 * database: use a database for benchmarks, not one with real invoices. MariaDB Connector/J 3 has no
 * {@code rewriteBatchedStatements}; its batches use the bulk protocol ({@code useBulkStmts}), the
 * same single round trip per batch.
 */
public final class InvoiceRunBenchmark {

  private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

  private final String base = System.getProperty("bench.url", "http://127.0.0.1:8080");
  private final String db =
      System.getProperty(
          "bench.db", System.getenv().getOrDefault("DB_URL", "jdbc:mariadb://127.0.0.1:3306/omex"));
  private final int items = Integer.getInteger("bench.items", 100_000);
  private final int clients = Integer.getInteger("bench.clients", 1_000);
  private final List<Integer> intervals =
      intervals(System.getProperty("bench.intervals", "10,100,500,1000"));
  private final Integer partitions = Integer.getInteger("bench.partitions");
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public static void main(String[] args) throws Exception {
    new InvoiceRunBenchmark().run();
  }

  private void run() throws Exception {
    try (Connection connection = DriverManager.getConnection(jdbcUrl())) {
      String token = operatorToken(connection);
      List<Long> clientIds = benchClients(connection);
      System.out.printf(
          "Invoice run benchmark: %d items of %d clients per run, intervals %s, delivery parts %s%n",
          items, clients, intervals, partitions == null ? "one per processor" : partitions);
      System.out.println(
          "interval | job s | job items/s | invoice step s | delivery step s"
              + " | lines raw s | lines raw rows/s | raw/job | bare raw s | bare rows/s | bare/job");
      LocalDate date = LocalDate.now(SOFIA);
      for (int interval : intervals) {
        date = freeBillingDateBefore(connection, date);
        registerItems(connection, clientIds, date, interval);
        Run run = invoiceRun(token, date, interval);
        double linesSeconds = rawInvoiceLines(connection, date);
        double bareSeconds = rawInsert(connection);
        double jobRate = items / run.seconds();
        double linesRate = items / linesSeconds;
        double bareRate = items / bareSeconds;
        System.out.printf(
            "%8d | %5.1f | %11.0f | %14.1f | %15.1f | %11.2f | %16.0f | %7.1f | %10.2f | %11.0f |"
                + " %8.1f%n",
            interval,
            run.seconds(),
            jobRate,
            run.invoiceStep(),
            run.deliveryStep(),
            linesSeconds,
            linesRate,
            linesRate / jobRate,
            bareSeconds,
            bareRate,
            bareRate / jobRate);
      }
    }
  }

  /** A finished run: the job's duration and that of its invoice and delivery steps, in seconds. */
  private record Run(double seconds, double invoiceStep, double deliveryStep) {}

  private String jdbcUrl() {
    return db
        + (db.contains("?") ? "&" : "?")
        + "useBulkStmts=true&user="
        + System.getenv().getOrDefault("DB_USER", "root")
        + (System.getenv("DB_PASSWORD") == null ? "" : "&password=" + System.getenv("DB_PASSWORD"));
  }

  private List<Long> benchClients(Connection connection) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert ignore into client (name, uic, street, city, postcode, email, created_at)"
                + " values (?, ?, 'ул. Тестова 1', 'София', '1000', ?, ?)")) {
      for (int i = 0; i < clients; i++) {
        insert.setString(1, "Бенчмарк " + i + " ЕООД");
        insert.setString(2, String.format("9%08d", i));
        insert.setString(3, "bench" + i + "@example.com");
        insert.setTimestamp(4, Timestamp.from(Instant.now()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    List<Long> ids = new ArrayList<>();
    try (Statement select = connection.createStatement();
        var rs =
            select.executeQuery("select id from client where uic like '9________' order by id")) {
      while (rs.next() && ids.size() < clients) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }

  /** The latest day before the given one that no real invoice run holds yet. */
  private static LocalDate freeBillingDateBefore(Connection connection, LocalDate day)
      throws SQLException {
    LocalDate candidate = day.minusDays(1);
    try (PreparedStatement held =
        connection.prepareStatement("select count(*) from invoice_run where billing_date = ?")) {
      while (true) {
        held.setDate(1, Date.valueOf(candidate));
        try (var rs = held.executeQuery()) {
          rs.next();
          if (rs.getLong(1) == 0) {
            return candidate;
          }
        }
        candidate = candidate.minusDays(1);
      }
    }
  }

  /** Open billable items done on the billing date, spread evenly over the bench clients. */
  private void registerItems(Connection connection, List<Long> clientIds, LocalDate date, int run)
      throws SQLException {
    long attempt = System.currentTimeMillis();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into billable_item (source_key, client_id, service_type, work_mode, done_on,"
                + " minutes, quantity, description_bg, status, registered_at)"
                + " values (?, ?, 'REMOTE', 'REMOTE', ?, 60, 1, 'Отдалечена консултация (тест)',"
                + " 'OPEN', ?)")) {
      for (int i = 0; i < items; i++) {
        insert.setString(1, "bench:" + date + ":" + run + ":" + attempt + ":" + i);
        insert.setLong(2, clientIds.get(i % clientIds.size()));
        insert.setDate(3, Date.valueOf(date));
        insert.setTimestamp(4, Timestamp.from(Instant.now()));
        insert.addBatch();
        if (i % 1000 == 999) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
  }

  /** Runs the job for the date with the interval; answers its durations. */
  private Run invoiceRun(String token, LocalDate date, int interval) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("billingDate", date.toString())
            .add("dryRun", false)
            .add("itemCount", interval)
            .add(
                "deliveryPartitions",
                partitions == null ? JsonValue.NULL : Json.createValue(partitions.intValue()))
            .build()
            .toString();
    HttpResponse<String> started =
        http.send(
            request("/api/v1/batch/invoice-runs", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (started.statusCode() != 202) {
      throw new IllegalStateException("Run not started: " + started.body());
    }
    long id = json(started.body()).getJsonNumber("executionId").longValue();
    Instant deadline = Instant.now().plus(Duration.ofHours(2));
    while (Instant.now().isBefore(deadline)) {
      JsonObject execution =
          json(
              http.send(
                      request("/api/v1/batch/executions/" + id, token).GET().build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      String status = execution.getString("status");
      if (status.equals("COMPLETED")) {
        return new Run(
            seconds(execution),
            seconds(step(execution, "invoice")),
            seconds(step(execution, "deliver")));
      }
      if (!status.equals("STARTING") && !status.equals("STARTED")) {
        throw new IllegalStateException("Run " + id + " ended " + status + ": " + execution);
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("Run " + id + " did not end within two hours");
  }

  private static JsonObject step(JsonObject execution, String name) {
    return execution.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
        .filter(step -> step.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No step " + name + ": " + execution));
  }

  private static double seconds(JsonObject timed) {
    return Duration.between(
                OffsetDateTime.parse(timed.getString("start")),
                OffsetDateTime.parse(timed.getString("end")))
            .toMillis()
        / 1000.0;
  }

  /**
   * Inserts as many lines into the real {@code invoice_line} table, with its keys, foreign keys and
   * indexes, as the job wrote: 100 more lines on each of the run's invoices (line numbers after
   * theirs, no billable item), then rolls them back, since issued invoices never change. Answers
   * the seconds until the last batch was written (the rollback not counted).
   */
  private double rawInvoiceLines(Connection connection, LocalDate runDate) throws SQLException {
    List<Long> invoices = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement("select id from invoice where run_date = ? order by id")) {
      select.setDate(1, Date.valueOf(runDate));
      try (var rs = select.executeQuery()) {
        while (rs.next()) {
          invoices.add(rs.getLong(1));
        }
      }
    }
    if (invoices.isEmpty()) {
      throw new IllegalStateException("The run of " + runDate + " issued no invoice");
    }
    int perInvoice = (items + invoices.size() - 1) / invoices.size();
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into invoice_line (invoice_id, line_no, billable_item_id, referenced_line_id,"
                + " service_type, description_bg, done_on, quantity, unit_code, unit_bg,"
                + " unit_price, tax_base, vat_rate, covered_hours) values (?, ?, null, null,"
                + " 'REMOTE', 'Отдалечена консултация (тест)', ?, 1, 'HUR', 'ч.', 60.00, 60.00,"
                + " 20.00, 0.00)")) {
      Date day = Date.valueOf(runDate);
      long start = System.nanoTime();
      for (int i = 0; i < items; i++) {
        insert.setLong(1, invoices.get(i / perInvoice));
        insert.setInt(2, 100_000 + i % perInvoice);
        insert.setDate(3, day);
        insert.addBatch();
        if (i % 1000 == 999) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      double seconds = (System.nanoTime() - start) / 1e9;
      connection.rollback();
      return seconds;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /**
   * Inserts as many invoice-line-like rows into a bare table (a primary key, no other index, no
   * foreign key) with a plain JDBC batch; answers seconds.
   */
  private double rawInsert(Connection connection) throws SQLException {
    try (Statement ddl = connection.createStatement()) {
      ddl.execute(
          "create table if not exists bench_invoice_line (id bigint auto_increment primary key,"
              + " invoice_id bigint not null, line_no int not null, billable_item_id bigint,"
              + " service_type varchar(30) not null, description_bg varchar(500) not null,"
              + " done_on date not null, quantity decimal(12,2) not null,"
              + " unit_price decimal(12,2) not null, tax_base decimal(14,2) not null,"
              + " vat_rate decimal(5,2) not null) engine=InnoDB default charset=utf8mb4");
      ddl.execute("truncate table bench_invoice_line");
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    long start = System.nanoTime();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into bench_invoice_line (invoice_id, line_no, billable_item_id, service_type,"
                + " description_bg, done_on, quantity, unit_price, tax_base, vat_rate)"
                + " values (?, ?, ?, 'REMOTE', 'Отдалечена консултация (тест)', ?, 1, 60.00,"
                + " 60.00, 20.00)")) {
      Date today = Date.valueOf(LocalDate.now(SOFIA));
      for (int i = 0; i < items; i++) {
        insert.setLong(1, i / 100);
        insert.setInt(2, i % 100 + 1);
        insert.setLong(3, i);
        insert.setDate(4, today);
        insert.addBatch();
        if (i % 1000 == 999) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      connection.commit();
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private String operatorToken(Connection connection) throws Exception {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String secret = "omx_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into api_token (user_id, name, token_hash, prefix, created_at)"
                + " select id, 'invoice run benchmark', ?, ?, utc_timestamp(3) from app_user"
                + " where username = 'operator'")) {
      insert.setString(
          1,
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(secret.getBytes(StandardCharsets.UTF_8))));
      insert.setString(2, secret.substring(0, 10));
      if (insert.executeUpdate() != 1) {
        throw new IllegalStateException("No demo user 'operator' in " + db);
      }
    }
    return secret;
  }

  private HttpRequest.Builder request(String path, String token) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token);
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static List<Integer> intervals(String list) {
    List<Integer> parsed = new ArrayList<>();
    for (String part : list.split(",")) {
      parsed.add(Integer.parseInt(part.strip()));
    }
    return parsed;
  }
}
