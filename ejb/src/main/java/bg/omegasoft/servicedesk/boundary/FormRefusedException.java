package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/** A public form that a robot filled in (its trap field is set): refused without detail. */
public class FormRefusedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public FormRefusedException() {
    super("sd.form.refused");
  }

  @Override
  public int httpStatus() {
    return 400;
  }
}
