package bg.omegasoft.billing.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/** A price-list version that cannot be saved; the message is a bundle key. */
public class PriceListException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public PriceListException(String messageKey) {
    super(messageKey);
  }
}
