package bg.omegasoft.pdm.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/**
 * No such space, or one the caller may not enter: the two answers are the same, so existence is not
 * revealed.
 */
public class UnknownSpaceException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public UnknownSpaceException(long clientId) {
    super("pdm.space.notFound", clientId);
  }

  @Override
  public int httpStatus() {
    return 404;
  }
}
