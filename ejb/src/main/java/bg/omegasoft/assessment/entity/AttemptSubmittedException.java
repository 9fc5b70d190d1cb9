package bg.omegasoft.assessment.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/** The attempt has been submitted: its answers can no longer change. */
public class AttemptSubmittedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AttemptSubmittedException() {
    super("attempt.submitted");
  }
}
