package bg.omegasoft.billing.entity;

import jakarta.ejb.ApplicationException;

/** A billing action refused by a business rule; the message is a bundle key. */
@ApplicationException(rollback = true)
public class BillingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BillingException(String messageKey) {
    super(messageKey);
  }
}
