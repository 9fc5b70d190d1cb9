package bg.omegasoft.servicedesk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The defined procedure of a forgotten-password request: every identity check must be ticked before
 * the request can be completed.
 */
@Embeddable
public class IdentityChecks {

  /** The steps, in the order the consultant does them. */
  public enum Step {
    CALLER_IDENTIFIED,
    COMPANY_CONFIRMED,
    AUTHORISED_PERSON,
    NEW_PASSWORD_DELIVERED;

    public String messageKey() {
      return "sd.check." + name();
    }
  }

  @Column(name = "check_caller", nullable = false)
  private boolean callerIdentified;

  @Column(name = "check_company", nullable = false)
  private boolean companyConfirmed;

  @Column(name = "check_authorised", nullable = false)
  private boolean authorisedPerson;

  @Column(name = "check_delivered", nullable = false)
  private boolean newPasswordDelivered;

  public boolean isDone(Step step) {
    return switch (step) {
      case CALLER_IDENTIFIED -> callerIdentified;
      case COMPANY_CONFIRMED -> companyConfirmed;
      case AUTHORISED_PERSON -> authorisedPerson;
      case NEW_PASSWORD_DELIVERED -> newPasswordDelivered;
    };
  }

  void tick(Step step, boolean done) {
    switch (step) {
      case CALLER_IDENTIFIED -> callerIdentified = done;
      case COMPANY_CONFIRMED -> companyConfirmed = done;
      case AUTHORISED_PERSON -> authorisedPerson = done;
      case NEW_PASSWORD_DELIVERED -> newPasswordDelivered = done;
    }
  }

  public boolean allDone() {
    return callerIdentified && companyConfirmed && authorisedPerson && newPasswordDelivered;
  }
}
