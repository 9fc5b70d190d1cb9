package bg.omegasoft.identity.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/** Another account already has this user name. */
public class UsernameTakenException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public UsernameTakenException(String username) {
    super("user.usernameTaken", username);
  }
}
