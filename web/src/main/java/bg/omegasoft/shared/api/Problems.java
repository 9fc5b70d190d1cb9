package bg.omegasoft.shared.api;

import bg.omegasoft.shared.web.Texts;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Answers in application/problem+json (RFC 9457): a stable {@code code} for programs, a title and a
 * detail in the caller's language (Accept-Language; Bulgarian by default), and for invalid input
 * the failing fields. Never a stack trace.
 */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8");
  private static final String TYPE_BASE = "https://omegasoft.bg/problems/";

  private Problems() {}

  /** The language of the answer: the first of Accept-Language that the platform speaks. */
  public static Locale locale(HttpHeaders headers) {
    return locale(headers == null ? List.of() : headers.getAcceptableLanguages());
  }

  /** The first of the acceptable languages that the platform speaks; Bulgarian otherwise. */
  public static Locale locale(List<Locale> acceptable) {
    for (Locale locale : acceptable) {
      if ("en".equals(locale.getLanguage()) || "bg".equals(locale.getLanguage())) {
        return Texts.supported(locale);
      }
    }
    return Texts.BULGARIAN;
  }

  public static Response response(int status, Locale locale, String key, Object... arguments) {
    return Response.status(status)
        .type(PROBLEM_JSON)
        .entity(body(status, locale, key, Map.of(), arguments).toString())
        .build();
  }

  /** A 400 answer naming each failing field with its message. */
  public static Response invalid(Locale locale, String key, Map<String, String> fieldMessages) {
    return Response.status(400)
        .type(PROBLEM_JSON)
        .entity(body(400, locale, key, fieldMessages).toString())
        .build();
  }

  /** The JSON body; also written directly by the authentication mechanism. */
  public static JsonObject body(
      int status,
      Locale locale,
      String key,
      Map<String, String> fieldMessages,
      Object... arguments) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", TYPE_BASE + key)
            .add("title", Texts.text(locale, "problem.title." + status))
            .add("status", status)
            .add("detail", Texts.text(locale, key, arguments))
            .add("code", key);
    if (!fieldMessages.isEmpty()) {
      JsonArrayBuilder errors = Json.createArrayBuilder();
      fieldMessages.forEach(
          (field, message) ->
              errors.add(Json.createObjectBuilder().add("field", field).add("message", message)));
      body.add("errors", errors);
    }
    return body.build();
  }
}
