package bg.omegasoft.it.pdm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.TestDatabase;
import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The PDM API over HTTP with personal tokens: upload as a raw body, list, verified download with
 * Repr-Digest, deletion (then 410), 404 for a foreign space and file, 413 problem+json for an
 * oversize body (chunked or announced), 415 for a refused type, 401 without a token.
 */
@ExtendWith(ArquillianExtension.class)
class PdmApiIT {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(PdmApiIT.class);
  }

  @PersistenceContext(unitName = "omex")
  EntityManager em;

  @Resource UserTransaction tx;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource db;

  @AfterEach
  void defaults() {
    System.clearProperty("omex.pdm.maxBytes");
  }

  @Test
  void aClientUploadsAndTheAssignedConsultantDownloadsTheSameBytes() throws Exception {
    PdmFixtures.staffAssignedToDemetra(em, tx);
    long demetra = PdmFixtures.demetra(em);
    String client = token("clientadmin");
    String staff = token("staff");
    byte[] content = PdmFixtures.personalData().getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> created =
        send(
            post(demetra, "../служители/заплати.csv", "contract", content.length)
                .header("Authorization", "Bearer " + client)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build());
    assertEquals(201, created.statusCode(), created.body());
    JsonObject file = json(created.body());
    assertEquals("заплати.csv", file.getString("name"), "path parts neutralised");
    assertEquals(sha256(content), file.getString("sha256"));
    assertEquals("CONTRACT", file.getString("legalBasis"));
    assertEquals("CLIENT", file.getString("uploaderSide"));
    long id = file.getJsonNumber("id").longValue();
    assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/files/" + id));

    JsonArray listed = array(get("/pdm/spaces/" + demetra + "/files", staff).body());
    assertTrue(
        listed.stream().anyMatch(f -> f.asJsonObject().getJsonNumber("id").longValue() == id));

    HttpResponse<byte[]> download =
        CLIENT.send(
            request("/pdm/spaces/" + demetra + "/files/" + id + "/content")
                .header("Authorization", "Bearer " + staff)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, download.statusCode());
    assertArrayEquals(content, download.body());
    assertEquals(
        "sha-256=:"
            + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256(content)))
            + ":",
        download.headers().firstValue("Repr-Digest").orElseThrow());
    assertTrue(
        download.headers().firstValue("Content-Disposition").orElseThrow().contains("UTF-8''"));

    JsonArray audit = array(get("/pdm/spaces/" + demetra + "/audit", client).body());
    assertTrue(
        audit.stream()
            .map(JsonObject.class::cast)
            .anyMatch(
                e ->
                    e.getString("action").equals("FILE_DOWNLOADED")
                        && e.getString("actor").equals("staff")
                        && e.getString("side").equals("VENDOR")),
        "the client sees that the vendor's consultant opened the file");

    HttpResponse<String> deleted =
        send(
            request("/pdm/spaces/" + demetra + "/files/" + id)
                .header("Authorization", "Bearer " + client)
                .DELETE()
                .build());
    assertEquals(204, deleted.statusCode());
    HttpResponse<String> gone = get("/pdm/spaces/" + demetra + "/files/" + id + "/content", staff);
    assertEquals(410, gone.statusCode());
    assertEquals("pdm.file.gone", json(gone.body()).getString("code"));
  }

  @Test
  void foreignIdsAnswer404AndNothingElse() throws Exception {
    long foreign = PdmFixtures.foreignClient(em, tx);
    long demetra = PdmFixtures.demetra(em);
    String foreignAdmin = token(PdmFixtures.FOREIGN_ADMIN);
    byte[] content = "a;b\n".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> created =
        send(
            post(foreign, "foreign.csv", "CONSENT", content.length)
                .header("Authorization", "Bearer " + foreignAdmin)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build());
    assertEquals(201, created.statusCode(), created.body());
    long id = json(created.body()).getJsonNumber("id").longValue();

    String client = token("clientadmin");
    for (String path :
        new String[] {
          "/pdm/spaces/" + foreign + "/files",
          "/pdm/spaces/" + foreign + "/files/" + id,
          "/pdm/spaces/" + foreign + "/files/" + id + "/content",
          "/pdm/spaces/" + demetra + "/files/" + id,
          "/pdm/spaces/" + demetra + "/files/" + id + "/content",
          "/pdm/spaces/" + foreign + "/audit",
          "/pdm/spaces/" + (foreign + 1_000_000) + "/files"
        }) {
      HttpResponse<String> answer = get(path, client);
      assertEquals(404, answer.statusCode(), path);
      assertTrue(
          answer
              .headers()
              .firstValue("Content-Type")
              .orElseThrow()
              .startsWith("application/problem+json"));
    }
    assertEquals(401, get("/pdm/spaces/" + demetra + "/files", null).statusCode());
  }

  @Test
  void anOversizeBodyIs413WhileStreamingAndARefusedTypeIs415() throws Exception {
    long demetra = PdmFixtures.demetra(em);
    String client = token("clientadmin");
    long files = PdmFixtures.number(em, "select count(*) from pdm_file");
    System.setProperty("omex.pdm.maxBytes", "10000");
    byte[] body = "a;b\n".repeat(5000).getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> chunked =
        send(
            post(demetra, "big.csv", "CONTRACT", -1)
                .header("Authorization", "Bearer " + client)
                .header("Accept-Language", "en")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());
    assertEquals(413, chunked.statusCode(), chunked.body());
    JsonObject problem = json(chunked.body());
    assertEquals("pdm.file.tooLarge", problem.getString("code"));
    assertTrue(
        problem.getString("detail").contains("1 MB") || problem.getString("detail").contains("MB"));

    HttpResponse<String> announced =
        send(
            post(demetra, "big.csv", "CONTRACT", body.length)
                .header("Authorization", "Bearer " + client)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    assertEquals(413, announced.statusCode());
    assertEquals(files, PdmFixtures.number(em, "select count(*) from pdm_file"), "nothing kept");

    HttpResponse<String> program =
        send(
            post(demetra, "tool.exe", "CONTRACT", 2)
                .header("Authorization", "Bearer " + client)
                .POST(HttpRequest.BodyPublishers.ofString("MZ"))
                .build());
    assertEquals(415, program.statusCode());
    HttpResponse<String> noBasis =
        send(
            request("/pdm/spaces/" + demetra + "/files?name=a.csv&purpose=x%20y%20z")
                .header("Authorization", "Bearer " + client)
                .POST(HttpRequest.BodyPublishers.ofString("a;b"))
                .build());
    assertEquals(400, noBasis.statusCode());
    assertEquals(
        "legalBasis",
        json(noBasis.body()).getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  private HttpRequest.Builder post(long clientId, String name, String basis, long length) {
    HttpRequest.Builder builder =
        request(
            "/pdm/spaces/"
                + clientId
                + "/files?name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&legalBasis="
                + basis
                + "&purpose="
                + URLEncoder.encode("Ведомост за изпитване на API", StandardCharsets.UTF_8));
    return builder.header("Content-Type", "text/csv");
  }

  private static HttpRequest.Builder request(String path) {
    int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
    return HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + (8080 + offset) + "/api/v1" + path))
        .timeout(Duration.ofSeconds(30));
  }

  private static HttpResponse<String> get(String path, String token) {
    HttpRequest.Builder request = request(path).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A fresh personal API token of a user, made as the profile page would (hash only stored). */
  private String token(String username) throws Exception {
    return TestDatabase.tokenFor(db, username);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static JsonArray array(String body) {
    return Json.createReader(new StringReader(body)).readArray();
  }
}
