package bg.omegasoft.pdm.batch;

import bg.omegasoft.operations.batch.IdsReader;
import bg.omegasoft.pdm.boundary.Retention;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/**
 * Reads the ids of files whose retention ended, ascending; the checkpoint is the last id handed
 * out, so a restart continues after the last committed chunk.
 */
@Named
@Dependent
public class PdmRetentionReader extends IdsReader {

  @EJB private Retention retention;

  @Override
  protected List<Long> ids() {
    return retention.due();
  }
}
