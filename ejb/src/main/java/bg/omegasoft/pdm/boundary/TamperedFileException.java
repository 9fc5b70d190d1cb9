package bg.omegasoft.pdm.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/**
 * The stored, encrypted file failed its integrity check (changed, cut short or missing on disk):
 * nothing of it is returned.
 */
public class TamperedFileException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public TamperedFileException(Long fileId) {
    super("pdm.file.tampered", fileId == null ? "-" : fileId);
  }

  @Override
  public int httpStatus() {
    return 500;
  }
}
