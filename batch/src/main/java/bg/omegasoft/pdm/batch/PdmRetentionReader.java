package bg.omegasoft.pdm.batch;

import bg.omegasoft.pdm.boundary.Retention;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;

/**
 * Reads the ids of files whose retention ended, ascending; the checkpoint is the last id handed
 * out, so a restart continues after the last committed chunk.
 */
@Named
@Dependent
public class PdmRetentionReader extends AbstractItemReader {

  @EJB private Retention retention;

  private Iterator<Long> ids;
  private Long lastId;

  @Override
  public void open(Serializable checkpoint) {
    lastId = (Long) checkpoint;
    long after = lastId == null ? Long.MIN_VALUE : lastId;
    ids = retention.due().stream().filter(id -> id > after).iterator();
  }

  @Override
  public Object readItem() {
    if (!ids.hasNext()) {
      return null;
    }
    lastId = ids.next();
    return lastId;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastId;
  }
}
