package bg.omegasoft.pdm.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/** Someone else changed (or removed) the record meanwhile; reload and try again. */
public class RecordChangedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public RecordChangedException() {
    super("pdm.record.changed");
  }
}
