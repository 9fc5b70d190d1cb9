package bg.omegasoft.servicedesk.batch;

import bg.omegasoft.servicedesk.boundary.ExpressBreaches;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Has the service desk record the express breaches that are due; the exit status counts them. */
@Named
@Dependent
public class ExpressBreachSweep extends AbstractBatchlet {

  @EJB private ExpressBreaches breaches;

  @Override
  public String process() {
    return "BREACHES " + breaches.recordDue();
  }
}
