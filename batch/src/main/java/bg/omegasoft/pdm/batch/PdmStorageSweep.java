package bg.omegasoft.pdm.batch;

import bg.omegasoft.pdm.boundary.Retention;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Removes encrypted content that no active file needs; the exit status says how many went. */
@Named
@Dependent
public class PdmStorageSweep extends AbstractBatchlet {

  @EJB private Retention retention;

  @Override
  public String process() {
    return "SWEPT " + retention.sweep();
  }
}
