package bg.omegasoft.assessment.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/** A question of an import file breaks a rule: nothing was imported. */
public class ImportFailedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ImportFailedException(int questionNumber) {
    super("bank.importFailed", questionNumber);
  }

  @Override
  public int httpStatus() {
    return 400;
  }
}
