package bg.omegasoft.organisation.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/**
 * A rule of the business calendar or of the consultants' availability refused what was asked; the
 * key names the message.
 */
public class CalendarRuleException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public CalendarRuleException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
