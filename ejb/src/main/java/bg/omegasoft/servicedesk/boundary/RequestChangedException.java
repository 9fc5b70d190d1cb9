package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/**
 * Someone else changed the request since this copy was loaded: nothing was overwritten; reload to
 * see their change.
 */
public class RequestChangedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public RequestChangedException(String number) {
    super("sd.request.changedMeanwhile", number);
  }
}
