package bg.omegasoft.identity.batch;

import bg.omegasoft.identity.boundary.TokenHousekeeping;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/** Hands each chunk of token ids to the identity boundary, which decides and removes. */
@Named
@Dependent
public class TokenCleanupWriter extends AbstractItemWriter {

  @EJB private TokenHousekeeping housekeeping;

  @Override
  public void writeItems(List<Object> items) {
    housekeeping.purge(items.stream().map(Long.class::cast).toList());
  }
}
