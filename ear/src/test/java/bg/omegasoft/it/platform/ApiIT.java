package bg.omegasoft.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Http;
import bg.omegasoft.it.support.TestDatabase;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API from outside: health, personal API tokens, problem+json answers in the caller's
 * language, and the OpenAPI document.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void healthSaysUpWithTheDatabase() {
    HttpResponse<String> response = Http.get("/api/v1/health");
    assertEquals(200, response.statusCode());
    JsonObject body = Http.json(response);
    assertEquals("UP", body.getString("status"));
    assertEquals("UP", body.getJsonObject("checks").getString("database"));
    assertEquals("UP", body.getJsonObject("checks").getString("application"));
  }

  @Test
  void withoutATokenTheAnswerIs401InBulgarianByDefault() {
    HttpResponse<String> response = Http.get("/api/v1/me");
    assertEquals(401, response.statusCode());
    assertTrue(contentType(response).startsWith("application/problem+json"), contentType(response));
    JsonObject problem = Http.json(response);
    assertEquals(401, problem.getInt("status"));
    assertEquals("auth.required", problem.getString("code"));
    assertTrue(problem.getString("detail").contains("автентикация"), problem.getString("detail"));
    assertFalse(response.body().contains("Exception"));
  }

  @Test
  void problemsSpeakEnglishWhenAskedTo() {
    JsonObject problem = Http.json(Http.get("/api/v1/me", "Accept-Language", "en-GB,en;q=0.9"));
    assertTrue(
        problem.getString("detail").startsWith("Authentication required"), problem.toString());
  }

  @Test
  void aPersonalTokenCarriesItsOwnersRoles() throws Exception {
    String secret = TestDatabase.newSecret();
    TestDatabase.insertToken("finance", secret, false);
    HttpResponse<String> response = Http.get("/api/v1/me", "Authorization", "Bearer " + secret);
    assertEquals(200, response.statusCode(), response.body());
    JsonObject me = Http.json(response);
    assertEquals("finance", me.getString("username"));
    assertEquals("FINANCE", me.getJsonArray("roles").getString(0));
  }

  @Test
  void aRevokedOrUnknownTokenIsRefused() throws Exception {
    String secret = TestDatabase.newSecret();
    TestDatabase.insertToken("finance", secret, true);
    HttpResponse<String> revoked = Http.get("/api/v1/me", "Authorization", "Bearer " + secret);
    assertEquals(401, revoked.statusCode());
    assertEquals("token.invalid", Http.json(revoked).getString("code"));
    HttpResponse<String> unknown =
        Http.get("/api/v1/me", "Authorization", "Bearer " + TestDatabase.newSecret());
    assertEquals(401, unknown.statusCode());
  }

  @Test
  void anUnknownApiPathIs404ProblemJson() throws Exception {
    String secret = TestDatabase.newSecret();
    TestDatabase.insertToken("admin", secret, false);
    HttpResponse<String> response =
        Http.get("/api/v1/no-such-thing", "Authorization", "Bearer " + secret);
    assertEquals(404, response.statusCode());
    assertTrue(contentType(response).startsWith("application/problem+json"));
    assertEquals("resource.notFound", Http.json(response).getString("code"));
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    HttpResponse<String> response = Http.get("/openapi");
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("/api/v1/health"));
    assertTrue(response.body().contains("/api/v1/me"));
  }

  private static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }
}
