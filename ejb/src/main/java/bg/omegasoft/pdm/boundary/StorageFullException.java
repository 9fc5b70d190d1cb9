package bg.omegasoft.pdm.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/** Not enough free disk space to store the file; nothing was kept. */
public class StorageFullException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public StorageFullException() {
    super("pdm.storage.full");
  }

  @Override
  public int httpStatus() {
    return 507;
  }
}
