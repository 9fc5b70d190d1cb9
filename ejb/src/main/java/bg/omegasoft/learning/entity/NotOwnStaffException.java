package bg.omegasoft.learning.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/** A client administrator enrols only the staff of their own company. */
public class NotOwnStaffException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public NotOwnStaffException(Object... arguments) {
    super("enrolment.notOwnStaff", arguments);
  }

  @Override
  public int httpStatus() {
    return 403;
  }
}
