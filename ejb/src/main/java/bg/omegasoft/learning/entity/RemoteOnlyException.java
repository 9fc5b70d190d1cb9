package bg.omegasoft.learning.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/** While the remote-only policy is on, only online sessions can be scheduled. */
public class RemoteOnlyException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public RemoteOnlyException(Object... arguments) {
    super("session.remoteOnly", arguments);
  }

  @Override
  public int httpStatus() {
    return 409;
  }
}
