package bg.omegasoft.learning.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/**
 * A lesson attachment that is not a document, picture or archive of the allowed kinds (by its
 * extension), or whose content is not what its extension says (a program is never one); nothing is
 * stored.
 */
public class AttachmentTypeRefusedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  /**
   * @param mismatch true when the extension is allowed but the content does not match it
   * @param allowed the allowed extensions, for the message
   */
  public AttachmentTypeRefusedException(boolean mismatch, String allowed) {
    super(mismatch ? "attachment.type.mismatch" : "attachment.type.notAllowed", allowed);
  }

  @Override
  public int httpStatus() {
    return 415;
  }
}
