package bg.omegasoft.assessment.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/** A blueprint line asks for more questions than its bank has (of that difficulty). */
public class BankTooSmallException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public BankTooSmallException(String bank, int wanted, int available) {
    super("test.bankTooSmall", bank, wanted, available);
  }
}
