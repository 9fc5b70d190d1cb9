package bg.omegasoft.identity.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/** The current password given to confirm a change is not the user's password. */
public class WrongPasswordException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public WrongPasswordException() {
    super("password.wrongCurrent");
  }

  @Override
  public int httpStatus() {
    return 400;
  }
}
