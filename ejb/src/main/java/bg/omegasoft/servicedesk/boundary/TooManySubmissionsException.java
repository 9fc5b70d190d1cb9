package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/** Too many public form submissions from one address in a short time. */
public class TooManySubmissionsException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public TooManySubmissionsException() {
    super("sd.form.tooMany");
  }

  @Override
  public int httpStatus() {
    return 429;
  }
}
