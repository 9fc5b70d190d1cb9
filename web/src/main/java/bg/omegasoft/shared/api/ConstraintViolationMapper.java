package bg.omegasoft.shared.api;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Input that breaks a declared constraint: 400 with each failing field and its message,
 * interpolated in the caller's language.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context private HttpHeaders headers;
  @Inject private ValidatorFactory validation;

  @Override
  public Response toResponse(ConstraintViolationException failure) {
    return answer(failure, Problems.locale(headers), validation.getMessageInterpolator());
  }

  static Response answer(
      ConstraintViolationException failure, Locale locale, MessageInterpolator interpolator) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (ConstraintViolation<?> violation : failure.getConstraintViolations()) {
      fields.merge(
          field(violation),
          interpolator.interpolate(violation.getMessageTemplate(), context(violation), locale),
          (a, b) -> a + "; " + b);
    }
    return Problems.invalid(locale, "input.invalid", fields);
  }

  /** The last node of the property path: the field's name as the client sent it. */
  private static String field(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  private static MessageInterpolator.Context context(ConstraintViolation<?> violation) {
    return new MessageInterpolator.Context() {
      @Override
      public ConstraintDescriptor<?> getConstraintDescriptor() {
        return violation.getConstraintDescriptor();
      }

      @Override
      public Object getValidatedValue() {
        return violation.getInvalidValue();
      }

      @Override
      public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
