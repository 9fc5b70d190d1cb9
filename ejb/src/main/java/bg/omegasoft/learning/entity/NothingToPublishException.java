package bg.omegasoft.learning.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/** There is no draft to publish, or the draft has no modules. */
public class NothingToPublishException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public NothingToPublishException(Object... arguments) {
    super("programme.noDraft", arguments);
  }

  @Override
  public int httpStatus() {
    return 409;
  }
}
