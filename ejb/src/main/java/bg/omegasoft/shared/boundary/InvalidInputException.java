package bg.omegasoft.shared.boundary;

import java.util.Map;

/**
 * Input that fails a rule the server checks itself (beyond Bean Validation). Carries the failing
 * fields with the message key of each.
 */
public class InvalidInputException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final Map<String, String> fieldKeys;

  public InvalidInputException(String field, String messageKey) {
    super(messageKey);
    this.fieldKeys = Map.of(field, messageKey);
  }

  /** Field name to message key. */
  public Map<String, String> fieldKeys() {
    return fieldKeys;
  }

  @Override
  public int httpStatus() {
    return 400;
  }
}
