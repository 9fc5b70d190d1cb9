package bg.omegasoft.learning.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/** A lesson attachment over the size limit is refused; nothing is stored. */
public class AttachmentTooLargeException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AttachmentTooLargeException(Object... arguments) {
    super("attachment.tooLarge", arguments);
  }

  @Override
  public int httpStatus() {
    return 413;
  }
}
