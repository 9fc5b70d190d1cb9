package bg.omegasoft.assessment.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/** The test is not open now (not published, before or after its window) or not for this person. */
public class TestNotAvailableException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public TestNotAvailableException() {
    super("test.notAvailable");
  }
}
