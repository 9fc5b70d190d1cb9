package bg.omegasoft.contracts.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/** A contract rule refused the change (wrong state, missing approval, overlapping period, ...). */
public class ContractRuleException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ContractRuleException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
