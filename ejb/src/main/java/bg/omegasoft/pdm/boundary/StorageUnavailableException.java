package bg.omegasoft.pdm.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/**
 * The file store cannot be used (its master key is missing or a disk error occurred); details are
 * in the server log.
 */
public class StorageUnavailableException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public StorageUnavailableException() {
    super("pdm.storage.unavailable");
  }

  @Override
  public int httpStatus() {
    return 503;
  }
}
