package bg.omegasoft.assessment.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/** Every attempt the test allows has been used. */
public class AttemptsUsedUpException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AttemptsUsedUpException(int allowed) {
    super("attempt.usedUp", allowed);
  }
}
