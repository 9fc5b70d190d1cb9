package bg.omegasoft.assessment.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/** A question's picture is over the size limit (in KB); nothing was stored. */
public class ImageTooLargeException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ImageTooLargeException(int maxKilobytes) {
    super("question.imageTooLarge", maxKilobytes);
  }

  @Override
  public int httpStatus() {
    return 413;
  }
}
