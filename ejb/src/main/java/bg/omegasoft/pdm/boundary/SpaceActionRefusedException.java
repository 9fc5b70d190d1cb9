package bg.omegasoft.pdm.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/**
 * The caller may enter the space but not do this there (e.g. manage access without being the
 * client's administrator).
 */
public class SpaceActionRefusedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public SpaceActionRefusedException() {
    super("pdm.refused");
  }

  @Override
  public int httpStatus() {
    return 403;
  }
}
