package bg.omegasoft.operations.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;

/**
 * Reads ids in ascending order; the checkpoint is the last id of the committed chunk, so a restart
 * goes on with the ids after it. Subclasses say which ids there are to read.
 */
public abstract class IdsReader extends AbstractItemReader {

  private Iterator<Long> ids;
  private Long last;

  /** The ids to read, ascending; asked at every opening of the step, also at a restart. */
  protected abstract List<Long> ids();

  /**
   * Told the ids left to read when the step opens.
   *
   * @param first true at the step's first opening, false at a restart from a checkpoint
   */
  protected void opened(List<Long> remaining, boolean first) {}

  @Override
  public void open(Serializable checkpoint) {
    last = (Long) checkpoint;
    long after = last == null ? Long.MIN_VALUE : last;
    List<Long> remaining = ids().stream().filter(id -> id > after).toList();
    opened(remaining, checkpoint == null);
    ids = remaining.iterator();
  }

  @Override
  public Object readItem() {
    if (!ids.hasNext()) {
      return null;
    }
    last = ids.next();
    return last;
  }

  @Override
  public Serializable checkpointInfo() {
    return last;
  }
}
