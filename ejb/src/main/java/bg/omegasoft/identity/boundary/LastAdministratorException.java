package bg.omegasoft.identity.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/** The change would leave the platform without an enabled administrator. */
public class LastAdministratorException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public LastAdministratorException() {
    super("user.lastAdministrator");
  }
}
