package bg.omegasoft.shared.api;

import bg.omegasoft.shared.boundary.BusinessException;
import bg.omegasoft.shared.web.RequestSizeCeiling;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one path of every failure in the REST API to its answer. Client errors (400, 401, 403, 404,
 * 405, 406, 409, 410, 413, 415, 429) are answered in problem+json in the caller's language and
 * logged at most as one line at FINE, never with a stack trace: the business failure or the
 * violated constraints inside a container exception, a {@link RequestProblem} of the request
 * itself, access denials, and what JAX-RS refuses itself (unknown path, method, media type). Only
 * what is left is an incident: 500 with an id that is also in the server log, with its stack trace.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

  @Context private HttpHeaders headers;
  @Context private SecurityContext security;
  @Context private UriInfo uri;
  @Inject private ValidatorFactory validation;

  @Override
  public Response toResponse(Throwable thrown) {
    Locale locale = Problems.locale(headers);
    Response answer = clientError(thrown, locale);
    if (answer != null) {
      if (LOG.isLoggable(Level.FINE)) {
        LOG.fine(oneLine(answer.getStatus(), thrown));
      }
      return answer;
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure in the REST API, incident " + incident, thrown);
    return Problems.response(500, locale, "error.incident", incident);
  }

  private Response clientError(Throwable thrown, Locale locale) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestProblem problem) {
        return problem.toResponse(locale);
      }
      if (cause instanceof BusinessException business) {
        return new BusinessExceptionMapper().toResponseIn(business, locale);
      }
      if (cause instanceof ConstraintViolationException violations) {
        return ConstraintViolationMapper.answer(
            violations, locale, validation.getMessageInterpolator());
      }
      if (cause instanceof EJBAccessException) {
        return security.getUserPrincipal() == null
            ? Problems.response(401, locale, "auth.required")
            : Problems.response(403, locale, "auth.forbidden");
      }
      if (cause instanceof JsonParsingException) {
        return Problems.response(400, locale, "request.malformed");
      }
      if (RequestSizeCeiling.tooBig(cause)) {
        return Problems.response(
            413, locale, "request.tooLarge", RequestSizeCeiling.MAX_BYTES / 1024);
      }
    }
    if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      return refusedByJaxRs(web.getResponse(), locale);
    }
    return null;
  }

  /** What JAX-RS refused before any resource ran, by status; a 405 keeps its Allow header. */
  private static Response refusedByJaxRs(Response refusal, Locale locale) {
    int status = refusal.getStatus();
    String key =
        switch (status) {
          case 400 -> "request.malformed";
          case 404 -> "resource.notFound";
          case 405 -> "method.notAllowed";
          case 406 -> "mediaType.notAcceptable";
          case 413 -> "request.tooLarge.plain";
          case 415 -> "mediaType.unsupported";
          default -> "problem.title." + status;
        };
    Response answer = Problems.response(status, locale, key);
    String allow = refusal.getHeaderString(HttpHeaders.ALLOW);
    return allow == null
        ? answer
        : Response.fromResponse(answer).header(HttpHeaders.ALLOW, allow).build();
  }

  private String oneLine(int status, Throwable thrown) {
    String message = String.valueOf(thrown.getMessage()).replaceAll("\\s+", " ");
    return status
        + " "
        + (uri == null ? "" : uri.getPath())
        + ": "
        + thrown.getClass().getSimpleName()
        + " "
        + (message.length() > 200 ? message.substring(0, 200) : message);
  }
}
