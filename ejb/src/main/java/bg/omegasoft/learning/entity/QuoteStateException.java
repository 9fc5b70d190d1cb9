package bg.omegasoft.learning.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/** The quote is not in a state that allows this step. */
public class QuoteStateException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public QuoteStateException(Object... arguments) {
    super("quote.wrongState", arguments);
  }

  @Override
  public int httpStatus() {
    return 409;
  }
}
