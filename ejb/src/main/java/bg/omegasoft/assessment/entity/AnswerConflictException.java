package bg.omegasoft.assessment.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/**
 * The answer was changed elsewhere (another tab) since the caller last saw it: nothing was
 * overwritten; the caller reloads the answer now stored and decides again.
 */
public class AnswerConflictException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final int currentRevision;

  public AnswerConflictException(int currentRevision) {
    super("attempt.answerConflict");
    this.currentRevision = currentRevision;
  }

  public int currentRevision() {
    return currentRevision;
  }
}
