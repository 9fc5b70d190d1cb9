package bg.omegasoft.billing.entity;

import jakarta.ejb.ApplicationException;

/** A price-list version that cannot be saved; the message is a bundle key. */
@ApplicationException(rollback = true)
public class PriceListException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PriceListException(String messageKey) {
    super(messageKey);
  }
}
