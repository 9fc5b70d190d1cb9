package bg.omegasoft.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Http;
import bg.omegasoft.it.support.RawHttp;
import bg.omegasoft.it.support.ServerLog;
import bg.omegasoft.it.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fuzz test of the whole REST API, driven by its OpenAPI document read at run time: every
 * operation gets malformed path ids, query parameters, headers and bodies, anonymously and with the
 * token of a role that may call it (so that the requests reach the resources' code). No answer may
 * be a 5xx, every 4xx must be application/problem+json, and no request thread may write a stack
 * trace or a warning to the server log. Request lines that are not HTTP at all (a bare {@code %} or
 * a space in the path) are refused by the web server itself before any application, and are not
 * sent here.
 *
 * <p>A request that passes every check must change nothing: mutating operations get ids that exist
 * nowhere, the invoice run a billing date in the future, the request form no consent.
 */
@ExtendWith(ArquillianExtension.class)
class ApiFuzzIT {

  private static final String NOWHERE = "999999999";
  private static final String FUTURE = LocalDate.now().plusDays(2).toString();

  private static final List<String> BAD_IDS =
      List.of(
          "abc",
          "-1",
          "0",
          "99999999999999999999",
          "9".repeat(400),
          "%D9%A1",
          "%EF%BC%91",
          "1;select",
          "1;a=b",
          "..",
          "%2e%2e",
          "1%2F2",
          "%2F",
          "%00",
          "1%20",
          "1.5",
          "1e3",
          "+1",
          "%C0%AF",
          "%FF",
          "1%E2%80%AE",
          "1'--",
          "%0d%0a",
          "1%5C2");

  private static final List<String> BAD_QUERY_VALUES =
      List.of(
          "abc",
          "-1",
          "99999999999999999999",
          "-999999999-01-01",
          "0000-01-01",
          "%2B10000-01-01",
          "2026-02-30",
          "%D9%A1",
          "%FF",
          "%C0%AF",
          "%00",
          "x".repeat(8000),
          "",
          "null",
          "1.5",
          "%0d%0a");

  private static final List<String[]> BAD_HEADERS =
      List.of(
          headerOf("Accept", "*/*;q=abc"),
          headerOf("Accept", "*/*;q=5"),
          headerOf("Accept", "garbage"),
          headerOf("Accept", ";;;"),
          headerOf("Accept", "text/html"),
          headerOf("Accept", "*/*," + "a/b;x=y,".repeat(2000)),
          headerOf("Accept-Charset", "@@@"),
          headerOf("Accept-Charset", "utf-8;q=abc"),
          headerOf("Accept-Language", ";;;=,,q=abc"),
          headerOf("Accept-Language", "en;q=5"),
          headerOf("Accept-Language", "en-GB,".repeat(30_000)),
          headerOf("Content-Type", ";;;"),
          headerOf("Content-Type", "application/json; charset=nonexistent"),
          headerOf("Content-Type", "application/json, text/plain"),
          headerOf("Content-Type", "text/plain"),
          headerOf("X-Junk", "x".repeat(64_000)),
          headerOf("Authorization", "Bearer"),
          headerOf("Authorization", "Bearer " + "A".repeat(10_000)),
          headerOf("Authorization", "Basic YWRtaW46YWRtaW4="),
          headerOf("X-File-Name", "%ZZ.csv"),
          headerOf("X-File-Name", "%FF%FE.csv"));

  /** Bodies no JSON endpoint may take, as bytes. */
  private static final List<byte[]> BAD_BODIES = badBodies();

  /** The fields the API reads, by operation: a base body valid but for a harmless refusal. */
  private static final Map<String, Map<String, Kind>> FIELDS =
      Map.of(
          "POST /api/v1/batch/invoice-runs",
          fields("billingDate", Kind.DATE, "dryRun", Kind.FLAG, "itemCount", Kind.INTEGER)
              .with("deliveryPartitions", Kind.INTEGER),
          "PUT /api/v1/attempts/{id}/items/{itemId}",
          fields("options", Kind.IDS, "value", Kind.FLAG, "text", Kind.TEXT)
              .with("revision", Kind.INTEGER),
          "POST /api/v1/service-requests",
          fields("companyUic", Kind.TEXT, "contactName", Kind.TEXT, "email", Kind.TEXT)
              .with("phone", Kind.TEXT)
              .with("type", Kind.TEXT)
              .with("preferredMode", Kind.TEXT)
              .with("description", Kind.TEXT)
              .with("consent", Kind.FLAG)
              .with("website", Kind.TEXT),
          "POST /api/v1/offer-requests",
          fields("name", Kind.TEXT, "company", Kind.TEXT, "email", Kind.TEXT)
              .with("phone", Kind.TEXT)
              .with("topic", Kind.TEXT)
              .with("message", Kind.TEXT)
              .with("programme", Kind.INTEGER)
              .with("website", Kind.TEXT));

  private static final Map<String, String> BASE_BODIES =
      Map.of(
          "POST /api/v1/batch/invoice-runs",
          "{\"billingDate\":\"" + FUTURE + "\",\"dryRun\":true}",
          "PUT /api/v1/attempts/{id}/items/{itemId}",
          "{\"options\":[1]}",
          "POST /api/v1/service-requests",
          "{\"companyUic\":\"201234563\",\"contactName\":\"Мария Георгиева\","
              + "\"email\":\"maria.georgieva@demetra-agro.bg\",\"phone\":\"+359 888 100 200\","
              + "\"type\":\"SUPPORT\",\"preferredMode\":\"REMOTE\",\"description\":\"fuzz\","
              + "\"consent\":false}",
          "POST /api/v1/offer-requests",
          "{\"name\":\"Fuzz\",\"company\":\"Fuzz OOD\",\"email\":\"fuzz@example.com\","
              + "\"phone\":\"+359 2 000 000\",\"topic\":\"fuzz\",\"message\":\"fuzz\"}");

  private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void everyOperationAnswersMalformedRequestsInProblemJsonWithoutAStackTrace() throws Exception {
    long mark = ServerLog.mark();
    List<Operation> operations = operations();
    assertTrue(operations.size() >= 29, "the OpenAPI document lists the API: " + operations);
    Map<String, String> tokens = new LinkedHashMap<>();
    for (String user : List.of("trainee", "operator", "staff", "finance", "clientadmin", "admin")) {
      tokens.put(user, TestDatabase.tokenFor(user));
    }
    List<Probe> probes = new ArrayList<>();
    for (Operation operation : operations) {
      probes.addAll(probes(operation, tokens));
    }

    long started = System.nanoTime();
    List<Result> results = run(probes);
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    System.out.printf(
        "ApiFuzzIT: %d requests to %d operations in %d s%n",
        results.size(), operations.size(), seconds);

    List<String> offending =
        results.stream()
            .filter(r -> r.status >= 500 || (r.status >= 400 && !r.problem))
            .map(Result::toString)
            .toList();
    assertEquals(
        List.of(),
        offending,
        offending.size()
            + " of "
            + results.size()
            + " requests were not answered in problem+json"
            + " or failed ("
            + seconds
            + " s)");

    Set<String> unreached = new TreeSet<>();
    for (Operation operation : operations) {
      boolean reached =
          results.stream()
              .anyMatch(
                  r ->
                      r.probe.operation == operation
                          && r.probe.authorized
                          && r.status != 401
                          && r.status != 403
                          && r.status != 429);
      if (!reached) {
        unreached.add(operation.toString());
      }
    }
    assertEquals(Set.of(), unreached, "operations no fuzz request reached past authorization");
    assertEquals(
        List.of(),
        ServerLog.problemsSince(mark),
        "client errors wrote stack traces or warnings to the server log");
  }

  @Test
  void theOpenApiDocumentRefusesMalformedHeadersInProblemJson() {
    long mark = ServerLog.mark();
    for (String[] header :
        List.of(
            headerOf("Accept", "*/*;q=abc"),
            headerOf("Accept", "garbage"),
            headerOf("Accept", ";;;"),
            headerOf("Accept", "*/*;q="),
            headerOf("Accept-Charset", "@@@"),
            headerOf("Accept-Charset", "utf-8;q=abc"))) {
      RawHttp.Answer answer =
          RawHttp.request("GET", "/openapi")
              .header(header[0], header[1])
              .header("Accept-Language", "en")
              .send();
      assertEquals(400, answer.status(), header[0] + ": " + header[1] + " " + answer.text());
      assertTrue(answer.isProblem(), answer.contentType());
      JsonObject problem = json(answer.text());
      assertEquals("request.header.invalid", problem.getString("code"));
      assertEquals(header[0], problem.getJsonArray("errors").getJsonObject(0).getString("field"));
      assertTrue(problem.getString("detail").startsWith("The " + header[0]), problem.toString());
    }
    RawHttp.Answer document =
        RawHttp.request("GET", "/openapi?format=JSON").header("Accept", "application/json").send();
    assertEquals(200, document.status());
    assertTrue(document.text().contains("/api/v1/batch/invoice-runs"));
    assertEquals(List.of(), ServerLog.problemsSince(mark));
  }

  private static List<Probe> probes(Operation operation, Map<String, String> tokens) {
    List<Probe> probes = new ArrayList<>();
    List<String> callers = new ArrayList<>();
    callers.add(null);
    String user = caller(operation);
    if (user != null) {
      callers.add(tokens.get(user));
    }
    String base = operation.path(Map.of());
    for (String token : callers) {
      // the ids of a secured operation are tried with a token (without one, 401 comes first)
      List<String> pathParameters =
          user != null && token == null ? List.of() : operation.pathParameters;
      for (String parameter : pathParameters) {
        for (String bad : BAD_IDS) {
          probes.add(
              operation
                  .probe("path " + parameter + "=" + bad, token)
                  .target(operation.path(Map.of(parameter, bad)) + operation.baseQuery())
                  .body(operation.baseBody()));
        }
      }
      for (String[] header : BAD_HEADERS) {
        Probe probe =
            operation
                .probe(header[0] + ": " + abbreviate(header[1]), token)
                .target(base + operation.baseQuery())
                .body(operation.baseBody());
        probes.add(probe.header(header[0], header[1]));
      }
    }
    String token = user == null ? null : tokens.get(user);
    for (String parameter : operation.queryParameters) {
      for (String bad : BAD_QUERY_VALUES) {
        probes.add(
            operation
                .probe("query " + parameter + "=" + abbreviate(bad), token)
                .target(base + operation.queryWith(parameter, bad))
                .body(operation.baseBody()));
      }
      probes.add(
          operation
              .probe("query " + parameter + " twice", token)
              .target(base + operation.queryWith(parameter, "1") + "&" + parameter + "=abc")
              .body(operation.baseBody()));
    }
    if (operation.jsonBody) {
      if (token != null) {
        probes.add(operation.probe("body {", null).target(base).json(bytes("{")));
      }
      for (byte[] body : BAD_BODIES) {
        probes.add(
            operation
                .probe("body " + abbreviate(new String(body, StandardCharsets.UTF_8)), token)
                .target(base)
                .json(body));
      }
      for (String charset : List.of("nonexistent", "iso-8859-1", "utf-16")) {
        probes.add(
            operation
                .probe("charset " + charset, token)
                .target(base)
                .header("Content-Type", "application/json; charset=" + charset)
                .body(operation.baseBody()));
      }
      probes.add(
          operation
              .probe("body over 1 MB, chunked", token)
              .target(base)
              .json(bytes("{\"a\":\"" + "x".repeat(1_200_000) + "\"}"))
              .chunked());
      for (String length : List.of("2000000", "200000000")) {
        probes.add(
            operation
                .probe("declared Content-Length " + length, token)
                .target(base)
                .header("Content-Type", "application/json")
                .header("Content-Length", length)
                .body(bytes("{}")));
      }
      FIELDS
          .getOrDefault(operation.key(), Map.of())
          .forEach(
              (field, kind) -> {
                for (String wrong : kind.wrong()) {
                  probes.add(
                      operation
                          .probe("field " + field + "=" + abbreviate(wrong), token)
                          .target(base)
                          .json(operation.baseBodyWith(field, wrong)));
                }
              });
    }
    if (operation.rawBody) {
      for (byte[] body :
          List.of(
              new byte[0],
              new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2},
              "%PDF-1.7 fuzz".getBytes(StandardCharsets.US_ASCII))) {
        probes.add(
            operation
                .probe("raw body of " + body.length + " bytes", token)
                .target(base + operation.baseQuery())
                .body(body)
                .header("Content-Type", "application/octet-stream"));
      }
      probes.add(
          operation
              .probe("declared 200 MB", token)
              .target(base + operation.baseQuery())
              .header("Content-Type", "text/plain")
              .header("Content-Length", "200000000")
              .body(new byte[] {1}));
    }
    return probes;
  }

  /** The demo user whose role may call the operation; null for a public one. */
  private static String caller(Operation operation) {
    if (!operation.secured) {
      return null;
    }
    String path = operation.template;
    if (path.startsWith("/api/v1/tests") || path.startsWith("/api/v1/attempts")) {
      return "trainee";
    }
    if (path.startsWith("/api/v1/batch")) {
      return "operator";
    }
    if (path.startsWith("/api/v1/contracts") || path.startsWith("/api/v1/service-requests")) {
      return "staff";
    }
    if (path.startsWith("/api/v1/invoices")) {
      return "finance";
    }
    if (path.startsWith("/api/v1/pdm")) {
      return "clientadmin";
    }
    return "admin";
  }

  private static List<Result> run(List<Probe> probes) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Collection<Result> results = new ConcurrentLinkedQueue<>();
      List<Future<?>> done = new ArrayList<>();
      for (Probe probe : probes) {
        done.add(pool.submit(() -> results.add(probe.send())));
      }
      for (Future<?> future : done) {
        future.get();
      }
      return new ArrayList<>(results);
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Operation> operations() {
    JsonObject document = json(Http.get("/openapi?format=JSON").body());
    List<Operation> operations = new ArrayList<>();
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, operation) -> {
                          if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                            operations.add(
                                new Operation(
                                    method.toUpperCase(), path, operation.asJsonObject()));
                          }
                        }));
    return operations;
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static String[] headerOf(String name, String value) {
    return new String[] {name, value};
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String abbreviate(String text) {
    String shown = text.replaceAll("[\\x00-\\x1F]", "·");
    return shown.length() > 40 ? shown.substring(0, 40) + "…(" + text.length() + ")" : shown;
  }

  private static List<byte[]> badBodies() {
    List<String> texts =
        List.of(
            "{",
            "}",
            "[]",
            "null",
            "",
            "   ",
            "true",
            "1",
            "\"x\"",
            "{\"a\":}",
            "{,}",
            "{\"a\" 1}",
            "{\"a\":1}}",
            "[1,]",
            "tru",
            "{'a':1}",
            "{\"a\":NaN}",
            "{\"a\":Infinity}",
            "{\"a\":01}",
            "{\"a\":\"\\x\"}",
            "{\"a\":\"\u0001\"}",
            "{\"a\":\"\\u0000\"}",
            "{\"a\":\"\\ud800\"}",
            "{\"a\":1,\"a\":2}",
            "{\"a\":1e999999999}",
            "{\"a\":" + "9".repeat(100_000) + "}",
            "{\"a\":-0}",
            "{\"a\":\"" + "x".repeat(900_000) + "\"}",
            "[".repeat(1001) + "]".repeat(1001),
            "{\"a\":".repeat(1001) + "1" + "}".repeat(1001),
            "[".repeat(40) + "]".repeat(40),
            "[" + "1,".repeat(100_000) + "1]",
            "\uFEFF{}",
            "{} {}");
    List<byte[]> bodies = new ArrayList<>();
    texts.forEach(t -> bodies.add(t.getBytes(StandardCharsets.UTF_8)));
    bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'});
    bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'});
    bodies.add(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0});
    bodies.add(new byte[] {0, 0, 0, 0});
    return bodies;
  }

  /** The kinds of fields, and values of other kinds (or out of range) for each. */
  enum Kind {
    TEXT(
        List.of(
            "1",
            "-1.5",
            "true",
            "[]",
            "{}",
            "null",
            "\"\\u0000\"",
            "\"\\ud800\"",
            "\"\\u202e\"",
            "\"" + "x".repeat(100_000) + "\"",
            "\"" + "x".repeat(1_100_000) + "\"")),
    INTEGER(
        List.of(
            "\"5\"",
            "2.9",
            "4294967396",
            "-1",
            "0",
            "1e400",
            "1e999999999",
            "9".repeat(5000),
            "true",
            "[]",
            "{}",
            "10001")),
    FLAG(List.of("\"true\"", "1", "0", "[]", "{}", "null", "\"\"")),
    DATE(
        List.of(
            "\"-999999999-01-01\"",
            "\"0000-01-01\"",
            "\"+10000-01-01\"",
            "\"2026-02-30\"",
            "\"30.11.2026\"",
            "20261130",
            "\"\"",
            "\"2999-01-01\"",
            "true",
            "[]",
            "{}")),
    IDS(
        List.of(
            "[-1]",
            "[1.5]",
            "[99999999999999999999]",
            "[\"1\"]",
            "[null]",
            "[[1]]",
            "1",
            "\"1\"",
            "{}",
            "[" + "1,".repeat(50_000) + "1]"));

    private final List<String> wrong;

    Kind(List<String> wrong) {
      this.wrong = wrong;
    }

    List<String> wrong() {
      return wrong;
    }
  }

  /** Field names with their kinds, in order. */
  private static Fields fields(String a, Kind ka, String b, Kind kb, String c, Kind kc) {
    Fields fields = new Fields();
    fields.put(a, ka);
    fields.put(b, kb);
    fields.put(c, kc);
    return fields;
  }

  private static final class Fields extends LinkedHashMap<String, Kind> {
    private static final long serialVersionUID = 1L;

    Fields with(String name, Kind kind) {
      put(name, kind);
      return this;
    }
  }

  /** One operation of the OpenAPI document. */
  private static final class Operation {
    final String method;
    final String template;
    final List<String> pathParameters = new ArrayList<>();
    final List<String> queryParameters = new ArrayList<>();
    final Map<String, String> patterns = new LinkedHashMap<>();
    final boolean secured;
    final boolean jsonBody;
    final boolean rawBody;

    Operation(String method, String template, JsonObject operation) {
      this.method = method;
      this.template = template;
      for (JsonValue value :
          operation.getJsonArray("parameters") == null
              ? List.<JsonValue>of()
              : operation.getJsonArray("parameters")) {
        JsonObject parameter = value.asJsonObject();
        String name = parameter.getString("name");
        switch (parameter.getString("in")) {
          case "path" -> {
            pathParameters.add(name);
            JsonObject schema = parameter.getJsonObject("schema");
            if (schema != null && schema.containsKey("pattern")) {
              patterns.put(name, schema.getString("pattern"));
            }
          }
          case "query" -> queryParameters.add(name);
          default -> {}
        }
      }
      this.secured = operation.containsKey("security");
      JsonObject body = operation.getJsonObject("requestBody");
      JsonObject content = body == null ? null : body.getJsonObject("content");
      this.jsonBody = content != null && content.containsKey("application/json");
      this.rawBody = content != null && !jsonBody;
    }

    String key() {
      return method + " " + template;
    }

    boolean mutating() {
      return !method.equals("GET");
    }

    /** The path with the given values, and valid-looking ones for the other parameters. */
    String path(Map<String, String> values) {
      String path = template;
      for (String parameter : pathParameters) {
        String value = values.getOrDefault(parameter, good(parameter));
        path = path.replace("{" + parameter + "}", value);
      }
      return path;
    }

    private String good(String parameter) {
      if ("[0-9]{10}".equals(patterns.get(parameter))) {
        return mutating() ? "9999999999" : "0000000001";
      }
      if (parameter.equals("code")) {
        return "HUGO274PAFHSG4A7UNZQ";
      }
      return mutating() ? NOWHERE : "1";
    }

    String baseQuery() {
      return rawBody ? "?legalBasis=CONTRACT&purpose=fuzz" : "";
    }

    String queryWith(String parameter, String value) {
      Map<String, String> query = new LinkedHashMap<>();
      if (rawBody) {
        query.put("legalBasis", "CONTRACT");
        query.put("purpose", "fuzz");
      }
      query.put(parameter, value);
      return "?"
          + query.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("&"));
    }

    byte[] baseBody() {
      if (rawBody) {
        return "fuzz".getBytes(StandardCharsets.UTF_8);
      }
      String body = BASE_BODIES.get(key());
      return body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    }

    byte[] baseBodyWith(String field, String value) {
      String base = BASE_BODIES.getOrDefault(key(), "{}");
      JsonObject object = json(base);
      StringBuilder body = new StringBuilder("{");
      Set<String> names = new LinkedHashSet<>(object.keySet());
      names.add(field);
      for (String name : names) {
        if (body.length() > 1) {
          body.append(',');
        }
        body.append('"').append(name).append("\":");
        body.append(name.equals(field) ? value : object.get(name).toString());
      }
      return body.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    Probe probe(String variant, String token) {
      return new Probe(this, variant, token);
    }

    @Override
    public String toString() {
      return key();
    }
  }

  /** One request of the fuzz test. */
  private static final class Probe {
    final Operation operation;
    final String variant;
    final boolean authorized;
    private String target;
    private final List<String[]> headers = new ArrayList<>();
    private byte[] body;
    private boolean chunked;

    Probe(Operation operation, String variant, String token) {
      this.operation = operation;
      this.variant = variant;
      this.authorized = token != null || !operation.secured;
      if (token != null) {
        headers.add(headerOf("Authorization", "Bearer " + token));
      }
    }

    Probe target(String target) {
      this.target = target;
      return this;
    }

    /** Replaces a header the probe already has (the token), or adds it. */
    Probe header(String name, String value) {
      headers.removeIf(h -> h[0].equalsIgnoreCase(name));
      headers.add(headerOf(name, value));
      return this;
    }

    Probe body(byte[] content) {
      if (content != null) {
        this.body = content;
        if (headers.stream().noneMatch(h -> h[0].equalsIgnoreCase("Content-Type"))) {
          headers.add(headerOf("Content-Type", "application/json"));
        }
      }
      return this;
    }

    Probe json(byte[] content) {
      return header("Content-Type", "application/json").body(content);
    }

    Probe chunked() {
      this.chunked = true;
      return this;
    }

    Result send() {
      RawHttp request =
          RawHttp.request(operation.method, target)
              .from("127.0.0." + (2 + NEXT_ADDRESS.getAndIncrement() % 250));
      headers.forEach(h -> request.header(h[0], h[1]));
      if (body != null) {
        request.body(body);
      }
      if (chunked) {
        request.chunked();
      }
      try {
        RawHttp.Answer answer = request.send();
        return new Result(this, answer.status(), answer.isProblem(), answer.contentType());
      } catch (IllegalStateException noAnswer) {
        return new Result(this, 599, false, "no answer: " + noAnswer.getMessage());
      }
    }

    @Override
    public String toString() {
      return operation
          + " ["
          + variant
          + (authorized && operation.secured ? ", with a token" : ", anonymous")
          + "]";
    }
  }

  private record Result(Probe probe, int status, boolean problem, String contentType) {
    @Override
    public String toString() {
      return probe + " → " + status + " " + contentType;
    }
  }
}
