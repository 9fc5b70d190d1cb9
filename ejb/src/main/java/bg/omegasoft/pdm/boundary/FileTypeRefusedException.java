package bg.omegasoft.pdm.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/** The file's extension is not on the allowed list, or its content does not match its extension. */
public class FileTypeRefusedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public FileTypeRefusedException(String reasonKey, String allowed) {
    super(reasonKey, allowed);
  }

  @Override
  public int httpStatus() {
    return 415;
  }
}
