package bg.omegasoft.clients.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/** Someone else saved the client while this copy was being edited: nothing was overwritten. */
public class ClientChangedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ClientChangedException(String name) {
    super("client.changedMeanwhile", name);
  }
}
