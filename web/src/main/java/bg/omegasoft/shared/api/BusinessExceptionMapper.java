package bg.omegasoft.shared.api;

import bg.omegasoft.shared.boundary.BusinessException;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.web.Texts;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A refused business action: 400, 404 or 409 as the failure says, with its message. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(BusinessException failure) {
    return toResponseIn(failure, Problems.locale(headers));
  }

  Response toResponseIn(BusinessException failure, Locale locale) {
    if (failure instanceof InvalidInputException invalid) {
      Map<String, String> fields = new LinkedHashMap<>();
      invalid.fieldKeys().forEach((field, key) -> fields.put(field, Texts.text(locale, key)));
      return Problems.invalid(locale, failure.messageKey(), fields);
    }
    return Problems.response(
        failure.httpStatus(), locale, failure.messageKey(), failure.arguments());
  }
}
