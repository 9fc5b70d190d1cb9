package bg.omegasoft.pdm.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/**
 * The file is larger than the configured limit (given in MB); it was refused while streaming and
 * nothing was kept.
 */
public class FileTooLargeException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public FileTooLargeException(long limitBytes) {
    super("pdm.file.tooLarge", (limitBytes + 1024 * 1024 - 1) / (1024 * 1024));
  }

  @Override
  public int httpStatus() {
    return 413;
  }
}
