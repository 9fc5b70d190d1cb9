package bg.omegasoft.learning.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/** A published version never changes: edits go to a new draft. */
public class VersionNotEditableException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public VersionNotEditableException(Object... arguments) {
    super("programme.versionNotEditable", arguments);
  }

  @Override
  public int httpStatus() {
    return 409;
  }
}
