package bg.omegasoft.shared.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The grammar of the headers the API reads, and its copy in web.cli for /openapi. */
class HeaderRulesTest {

  @Test
  void wellFormedHeadersPass() {
    for (String accept :
        new String[] {
          "*/*",
          "application/json",
          "application/problem+json, application/json;q=0.9",
          "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
              + "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
          "*/*; q=0.5",
          "*/*;Q=1.000",
          "a/b ;q=0.5 , c/d",
          "",
          "*/*,"
        }) {
      assertFalse(HeaderRules.malformed("Accept", accept), accept);
    }
    assertFalse(HeaderRules.malformed("Content-Type", "application/json; charset=UTF-8"));
    assertFalse(HeaderRules.malformed("Content-Type", "application/json;"));
    assertFalse(HeaderRules.malformed("Accept-Language", "en-GB,en;q=0.9,bg;q=0.8"));
    assertFalse(HeaderRules.malformed("Accept-Language", "en_US"));
    assertFalse(HeaderRules.malformed("Accept-Language", "*"));
    assertFalse(HeaderRules.malformed("Accept-Charset", "utf-8, iso-8859-1;q=0.5"));
    assertFalse(HeaderRules.malformed("X-Anything", "*/*;q=abc"));
  }

  @Test
  void malformedHeadersAreFound() {
    for (String accept :
        new String[] {
          "*/*;q=abc",
          "*/*;q=5",
          "*/*;q=",
          "*/*;q=1e0",
          "*/*;q=NaN",
          "*/*;q=-1",
          "*/*;q=0.1234",
          "garbage",
          ";;;",
          "/",
          "a/b/c",
          "a/b;c",
          "text/plain;format=\"flowed\"",
          "a /b",
          "a/\u0431",
          "a/b\u0001",
          "*/*," + "x".repeat(5000)
        }) {
      assertTrue(HeaderRules.malformed("Accept", accept), accept);
    }
    assertTrue(HeaderRules.malformed("Content-Type", ";;;"));
    assertTrue(HeaderRules.malformed("Content-Type", "json"));
    assertTrue(HeaderRules.malformed("Content-Type", "application/json, text/plain"));
    assertTrue(HeaderRules.malformed("Content-Type", " "));
    assertTrue(HeaderRules.malformed("Accept-Language", ";;;=,,q=abc"));
    assertTrue(HeaderRules.malformed("Accept-Language", "en;q=5"));
    assertTrue(HeaderRules.malformed("Accept-Language", "\u0431\u0433"));
    assertTrue(HeaderRules.malformed("Accept-Charset", "@@@"));
    assertTrue(HeaderRules.malformed("Accept-Charset", "utf-8;q=abc"));
  }

  @Test
  @Timeout(5)
  void aHugeHeaderIsDecidedQuicklyWithoutDeepRecursion() {
    String many = "a/b;x=y,".repeat(40_000);
    assertTrue(HeaderRules.malformed("Accept", many));
    assertTrue(HeaderRules.malformed("Accept-Language", ",;".repeat(100_000)));
    assertFalse(HeaderRules.malformed("Accept", "a/b;x=y,".repeat(500)));
  }

  @Test
  void webCliGuardsOpenApiWithTheSamePatterns() throws IOException {
    String cli =
        Files.readString(
            Path.of("..", "ear", "src", "main", "wildfly", "cli", "web.cli"),
            StandardCharsets.UTF_8);
    assertTrue(
        cli.contains("regex(pattern='" + HeaderRules.MEDIA_TYPES + "', value='%{i,Accept}')"),
        "web.cli checks Accept on /openapi with HeaderRules.MEDIA_TYPES");
    assertTrue(
        cli.contains("regex(pattern='" + HeaderRules.TOKENS + "', value='%{i,Accept-Charset}')"),
        "web.cli checks Accept-Charset on /openapi with HeaderRules.TOKENS");
  }
}
