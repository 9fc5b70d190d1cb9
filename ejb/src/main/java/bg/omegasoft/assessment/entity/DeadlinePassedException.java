package bg.omegasoft.assessment.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/** An answer came after the attempt's deadline: refused; the answers given before it are kept. */
public class DeadlinePassedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public DeadlinePassedException() {
    super("attempt.deadlinePassed");
  }
}
