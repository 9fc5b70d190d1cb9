package bg.omegasoft.pdm.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/** Only an empty folder can be deleted. */
public class FolderNotEmptyException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public FolderNotEmptyException() {
    super("pdm.folder.notEmpty");
  }

  @Override
  public int httpStatus() {
    return 409;
  }
}
