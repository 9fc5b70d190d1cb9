package bg.omegasoft.shared.api;

import bg.omegasoft.shared.web.Texts;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;

/**
 * A request the API cannot take as it is, found before any business rule runs: a malformed body,
 * header or parameter (400, naming it), a body too large (413), a content type or charset the API
 * does not read (415). Answered in problem+json by {@link FallbackExceptionMapper} without a stack
 * trace, so it records none: an anonymous flood of bad requests costs no CPU for stack walks.
 */
public final class RequestProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String key;
  private final String field;
  private final transient Object[] arguments;

  private RequestProblem(int status, String field, String key, Object... arguments) {
    super(key, null, false, false);
    this.status = status;
    this.field = field;
    this.key = key;
    this.arguments = arguments;
  }

  /** A problem of the request as a whole. */
  public static RequestProblem of(int status, String key, Object... arguments) {
    return new RequestProblem(status, null, key, arguments);
  }

  /** A problem of one field, parameter or header, named in the answer's {@code errors}. */
  public static RequestProblem field(int status, String field, String key, Object... arguments) {
    return new RequestProblem(status, field, key, arguments);
  }

  /** A 400 naming the field, parameter or header. */
  public static RequestProblem invalid(String field, String key, Object... arguments) {
    return field(400, field, key, arguments);
  }

  public int status() {
    return status;
  }

  public String key() {
    return key;
  }

  /** The field, parameter or header concerned; null for the request as a whole. */
  public String field() {
    return field;
  }

  Response toResponse(Locale locale) {
    Map<String, String> fields =
        field == null ? Map.of() : Map.of(field, Texts.text(locale, key, arguments));
    return Problems.response(status, locale, key, fields, arguments);
  }
}
