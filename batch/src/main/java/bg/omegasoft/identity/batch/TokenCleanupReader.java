package bg.omegasoft.identity.batch;

import bg.omegasoft.identity.boundary.TokenHousekeeping;
import bg.omegasoft.operations.batch.IdsReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/**
 * Reads the ids of tokens due for removal, in ascending order. The checkpoint is the last id handed
 * out, so a restart continues after the last committed chunk.
 */
@Named
@Dependent
public class TokenCleanupReader extends IdsReader {

  @EJB private TokenHousekeeping housekeeping;

  @Override
  protected List<Long> ids() {
    return housekeeping.endedLongAgo();
  }
}
