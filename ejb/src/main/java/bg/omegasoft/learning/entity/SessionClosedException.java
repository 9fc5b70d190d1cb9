package bg.omegasoft.learning.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/** The session is cancelled or over: it takes no enrolments and no changes. */
public class SessionClosedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public SessionClosedException(Object... arguments) {
    super("session.closed", arguments);
  }

  @Override
  public int httpStatus() {
    return 409;
  }
}
