package bg.omegasoft.shared.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A business rule refused what was asked. Each failure is its own subclass; the message key names a
 * text in the resource bundles, so the web page and the REST API show it in the user's language.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient List<Object> arguments;

  protected BusinessException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  /** The key of the message in the {@code problems} bundle. */
  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments == null ? new Object[0] : arguments.toArray();
  }

  /** The HTTP status the REST API answers with: 409 unless the failure says otherwise. */
  public int httpStatus() {
    return 409;
  }
}
