package bg.omegasoft.billing.batch;

import bg.omegasoft.billing.boundary.NightlyInvoicing;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Billing's nightly boundary as the job's artifacts reach it. The platform deploys without billing
 * too; then a run fails at its first step with an exit status that says so, instead of the whole
 * application failing to deploy.
 */
@Dependent
public class Billing {

  /** The exit status of a run that found no billing to call. */
  public static final String UNAVAILABLE = "BILLING_UNAVAILABLE";

  @Inject private Instance<NightlyInvoicing> nightly;

  NightlyInvoicing nightly() {
    if (!nightly.isResolvable()) {
      throw new BillingUnavailableException();
    }
    return nightly.get();
  }

  /** No implementation of {@link NightlyInvoicing} is deployed. */
  public static class BillingUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    BillingUnavailableException() {
      super(
          "Billing is not deployed: no implementation of NightlyInvoicing, so no invoice run can"
              + " work");
    }
  }
}
