package bg.omegasoft.operations.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/**
 * The execution is not in a state that allows what was asked: restarting a completed or running
 * one, or one that is not the latest of its run; stopping one that does not run; abandoning a
 * running one.
 */
public class JobStateException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public JobStateException(String messageKey, long executionId) {
    super(messageKey, executionId);
  }
}
