package bg.omegasoft.pdm.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/** The upload stopped before the end (the sender's connection broke); nothing was kept. */
public class UploadInterruptedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public UploadInterruptedException() {
    super("pdm.upload.interrupted");
  }

  @Override
  public int httpStatus() {
    return 400;
  }
}
