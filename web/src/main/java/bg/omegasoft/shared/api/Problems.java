package bg.omegasoft.shared.api;

import bg.omegasoft.shared.web.Texts;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;

/**
 * Answers in application/problem+json (RFC 9457): a stable {@code code} for programs, a title and a
 * detail in the caller's language (Accept-Language; Bulgarian by default), and for invalid input
 * the failing fields. Never a stack trace.
 */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** The Content-Type of an answer, for servlet filters that write one before JAX-RS. */
  public static final String CONTENT_TYPE = MEDIA_TYPE + ";charset=UTF-8";

  public static final MediaType PROBLEM_JSON =
      new MediaType("application", "problem+json", "UTF-8");
  private static final String TYPE_BASE = "https://omegasoft.bg/problems/";

  private Problems() {}

  /** The language of the answer: the first of Accept-Language that the platform speaks. */
  public static Locale locale(HttpHeaders headers) {
    return locale(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }

  /**
   * The first language of an Accept-Language value that the platform speaks, by weight; Bulgarian
   * when none is, and when the value cannot be read (the answer must not fail on it).
   */
  public static Locale locale(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 4096) {
      return Texts.BULGARIAN;
    }
    try {
      for (Locale.LanguageRange range :
          Locale.LanguageRange.parse(acceptLanguage.replace('_', '-'))) {
        String language = range.getRange().split("-", 2)[0];
        if (range.getWeight() > 0 && ("en".equals(language) || "bg".equals(language))) {
          return Texts.supported(Locale.forLanguageTag(language));
        }
      }
    } catch (IllegalArgumentException unreadable) {
      return Texts.BULGARIAN;
    }
    return Texts.BULGARIAN;
  }

  public static Response response(int status, Locale locale, String key, Object... arguments) {
    return response(status, locale, key, Map.of(), arguments);
  }

  /** An answer naming each failing field (or parameter, or header) with its message. */
  public static Response response(
      int status,
      Locale locale,
      String key,
      Map<String, String> fieldMessages,
      Object... arguments) {
    return Response.status(status)
        .type(PROBLEM_JSON)
        .entity(body(status, locale, key, fieldMessages, arguments).toString())
        .build();
  }

  /** A 400 answer naming each failing field with its message. */
  public static Response invalid(Locale locale, String key, Map<String, String> fieldMessages) {
    return response(400, locale, key, fieldMessages);
  }

  /** The JSON body; also written directly where JAX-RS is not yet involved (servlet filters). */
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
