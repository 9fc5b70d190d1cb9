package bg.omegasoft.learning.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/** The person already holds a seat or a place on the waiting list of this session. */
public class AlreadyEnrolledException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AlreadyEnrolledException(Object... arguments) {
    super("enrolment.already", arguments);
  }

  @Override
  public int httpStatus() {
    return 409;
  }
}
