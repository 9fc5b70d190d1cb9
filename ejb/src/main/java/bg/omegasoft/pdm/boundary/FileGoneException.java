package bg.omegasoft.pdm.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/** The file was deleted or its retention period ended: its content no longer exists. */
public class FileGoneException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public FileGoneException(long fileId) {
    super("pdm.file.gone", fileId);
  }

  @Override
  public int httpStatus() {
    return 410;
  }
}
