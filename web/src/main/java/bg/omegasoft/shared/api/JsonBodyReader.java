package bg.omegasoft.shared.api;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads the JSON bodies of the API's resources (a {@code JsonObject} parameter: every JSON body of
 * the API is an object) through {@link JsonBodies}, in place of the JSON-P reader JAX-RS brings,
 * whose failures (malformed JSON, an array or null where an object is expected, an unknown charset,
 * no size limit) reached no mapper and answered 500 with a stack trace in the log. It is declared
 * for {@code JsonObject} exactly, as that reader is, so that JAX-RS prefers the application's.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<JsonObject> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return JsonObject.class.equals(type);
  }

  @Override
  public JsonObject readFrom(
      Class<JsonObject> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body) {
    return JsonBodies.object(body, mediaType, headers.getFirst(HttpHeaders.CONTENT_LENGTH));
  }
}
