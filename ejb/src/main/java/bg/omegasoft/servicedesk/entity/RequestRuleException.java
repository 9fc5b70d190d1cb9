package bg.omegasoft.servicedesk.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/** A rule of the service desk refused the change; the key names the rule's message. */
public class RequestRuleException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public RequestRuleException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
