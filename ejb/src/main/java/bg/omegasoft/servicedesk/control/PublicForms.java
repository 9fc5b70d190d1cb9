package bg.omegasoft.servicedesk.control;

import bg.omegasoft.servicedesk.boundary.FormRefusedException;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * The checks every public form passes after the rate limit: the trap field for robots must stay
 * empty (a filled one is audited and refused), and the form must meet its constraints.
 */
@Stateless
@PermitAll
public class PublicForms {

  static final String AUDIT_SUBJECT = "ServiceRequest";

  @EJB private AuditTrail audit;
  @Inject private Validator validator;

  /** Refuses a submission whose trap field a robot filled in. */
  public void trap(String trap, String address) {
    if (trap != null && !trap.isBlank()) {
      audit.recordSeparately("anonymous", "FORM_TRAP", AUDIT_SUBJECT, null, address);
      throw new FormRefusedException();
    }
  }

  /** Refuses a missing form or one that breaks its constraints. */
  public <T> void validate(T form) {
    if (form == null) {
      throw new InvalidInputException("body", "request.malformed");
    }
    Set<ConstraintViolation<T>> violations = validator.validate(form);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
  }
}
