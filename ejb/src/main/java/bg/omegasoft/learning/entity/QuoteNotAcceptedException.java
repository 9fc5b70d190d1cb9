package bg.omegasoft.learning.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/** An individual programme is scheduled only after the client accepted a quote. */
public class QuoteNotAcceptedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public QuoteNotAcceptedException(Object... arguments) {
    super("session.quoteNotAccepted", arguments);
  }

  @Override
  public int httpStatus() {
    return 409;
  }
}
