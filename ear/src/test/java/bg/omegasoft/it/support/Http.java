package bg.omegasoft.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP calls to the running platform, as an outside program would make them. */
public final class Http {

  /**
   * The platform's address: given to the test JVM by the build; a test inside the server derives it
   * from the server's own port offset.
   */
  public static final String BASE =
      System.getProperty(
          "omex.base.url",
          "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)));

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Http() {}

  public static HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  public static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
