package bg.omegasoft.pdm.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/** The account cannot be anonymised (it is the caller's own or the last enabled administrator). */
public class AnonymisationRefusedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AnonymisationRefusedException(String reasonKey) {
    super(reasonKey);
  }

  @Override
  public int httpStatus() {
    return 409;
  }
}
