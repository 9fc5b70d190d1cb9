package bg.omegasoft.clients.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/** Another client already has this UIC. */
public class UicTakenException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public UicTakenException(String uic, String holder) {
    super("client.uicTaken", uic, holder);
  }
}
