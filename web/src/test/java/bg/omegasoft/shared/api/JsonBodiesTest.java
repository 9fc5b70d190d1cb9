package bg.omegasoft.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every malformed JSON body is a RequestProblem naming what is wrong, never another failure. */
class JsonBodiesTest {

  private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE;

  @Test
  void aWellFormedObjectIsRead() {
    JsonObject body = read("\uFEFF{\"a\":[1,2.5,\"x\",true,null],\"b\":{\"c\":\"д\"}}", JSON);
    assertEquals(2, body.size());
    assertEquals("д", body.getJsonObject("b").getString("c"));
  }

  @Test
  void syntaxErrorsNameTheirPlace() {
    RequestProblem problem = refusal("{\"a\":\n  }", JSON);
    assertEquals("request.json.malformed", problem.key());
    assertEquals("body", problem.field());
    for (String body : new String[] {"{", "}", "{,}", "{\"a\" 1}", "{\"a\":1}}", "[1,]", "tru"}) {
      RequestProblem refused = refusal(body, JSON);
      assertEquals(400, refused.status(), body);
      assertEquals("request.json.malformed", refused.key(), body);
    }
  }

  @Test
  void anEmptyBodyIsRequired() {
    assertEquals("request.body.required", refusal("", JSON).key());
    assertEquals("request.body.required", refusal("  \n ", JSON).key());
  }

  @Test
  void anotherValueWhereAnObjectIsExpectedIsRefused() {
    for (String body : new String[] {"[]", "null", "1", "\"x\"", "true"}) {
      assertEquals("request.json.object", refusal(body, JSON).key(), body);
    }
  }

  @Test
  void deepNestingDuplicateKeysAndBadUnicodeAreRefused() {
    assertEquals("request.json.tooDeep", refusal("[".repeat(1001) + "]".repeat(1001), JSON).key());
    assertEquals(
        "request.json.tooDeep", refusal("{\"a\":".repeat(40) + "1" + "}".repeat(40), JSON).key());
    RequestProblem duplicate = refusal("{\"a\":1,\"a\":2}", JSON);
    assertEquals("request.json.duplicateKey", duplicate.key());
    assertEquals("a", duplicate.field());
    assertEquals("request.json.unicode", refusal("{\"a\":\"\\ud800\"}", JSON).key());
    assertEquals("request.json.malformed", refusal("{\"a\":\"\u0001\"}", JSON).key());
    assertEquals("request.json.number", refusal("{\"a\":" + "9".repeat(5000) + "}", JSON).key());
  }

  @Test
  void onlyUtf8IsRead() {
    RequestProblem bytes =
        assertThrows(
            RequestProblem.class,
            () ->
                JsonBodies.object(
                    new ByteArrayInputStream(
                        new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'}),
                    JSON,
                    null));
    assertEquals("request.encoding.invalid", bytes.key());
    RequestProblem charset = refusal("{}", json("nonexistent"));
    assertEquals(415, charset.status());
    assertEquals("Content-Type", charset.field());
    assertEquals(415, refusal("{}", json("ISO-8859-1")).status());
    assertEquals(0, read("{}", json("utf-8")).size());
  }

  @Test
  void aBodyOverTheLimitIs413DeclaredOrNot() {
    assertEquals(
        413,
        assertThrows(
                RequestProblem.class,
                () ->
                    JsonBodies.object(stream("{}"), JSON, String.valueOf(JsonBodies.MAX_BYTES + 1)))
            .status());
    String big = "{\"a\":\"" + "x".repeat((int) JsonBodies.MAX_BYTES) + "\"}";
    assertEquals(413, refusal(big, JSON).status());
  }

  @Test
  void aBodyThatBreaksOffIs400() {
    for (int after : new int[] {0, 2, 10}) {
      InputStream broken =
          new InputStream() {
            private int read;

            @Override
            public int read() throws IOException {
              if (read++ >= after) {
                throw new IOException("connection reset");
              }
              return '[';
            }
          };
      RequestProblem refused =
          assertThrows(RequestProblem.class, () -> JsonBodies.object(broken, JSON, null));
      assertEquals("request.body.unreadable", refused.key(), "after " + after + " bytes");
    }
  }

  private static MediaType json(String charset) {
    return new MediaType("application", "json", charset);
  }

  private static JsonObject read(String body, MediaType type) {
    return JsonBodies.object(stream(body), type, null);
  }

  private static RequestProblem refusal(String body, MediaType type) {
    return assertThrows(RequestProblem.class, () -> read(body, type), body);
  }

  private static InputStream stream(String body) {
    return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
  }
}
