package bg.omegasoft.shared.api;

import bg.omegasoft.shared.boundary.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything the other mappers do not answer: unwraps container exceptions to the business failure
 * or the violated constraints inside, answers access denials with 401 or 403, malformed requests
 * with 400, and anything unexpected with 500 and an incident id that is also in the server log.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

  @Context private HttpHeaders headers;
  @Context private SecurityContext security;
  @Inject private ValidatorFactory validation;

  @Override
  public Response toResponse(Throwable thrown) {
    Locale locale = Problems.locale(headers);
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
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
    }
    if (thrown instanceof NotFoundException) {
      return Problems.response(404, locale, "resource.notFound");
    }
    if (thrown instanceof NotAllowedException) {
      return Problems.response(405, locale, "method.notAllowed");
    }
    if (thrown instanceof NotSupportedException) {
      return Problems.response(415, locale, "mediaType.unsupported");
    }
    if (thrown instanceof ProcessingException
        || (thrown instanceof WebApplicationException web
            && web.getResponse().getStatus() == 400)) {
      return Problems.response(400, locale, "request.malformed");
    }
    if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      return Problems.response(status, locale, "problem.title." + status);
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure in the REST API, incident " + incident, thrown);
    return Problems.response(500, locale, "error.incident", incident);
  }
}
