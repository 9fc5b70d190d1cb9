package bg.omegasoft.pdm.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/**
 * No such file, or one in a space the caller may not enter: the same answer either way, so
 * existence is not revealed.
 */
public class UnknownFileException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public UnknownFileException(long fileId) {
    super("pdm.file.notFound", fileId);
  }

  @Override
  public int httpStatus() {
    return 404;
  }
}
