package bg.omegasoft.billing.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/** A billing action refused by a business rule; the message is a bundle key. */
public class BillingException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public BillingException(String messageKey) {
    super(messageKey);
  }
}
