package bg.omegasoft.pdm.batch;

import bg.omegasoft.pdm.boundary.Retention;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/** Hands each chunk of due file ids to the PDM boundary, which checks again and expires them. */
@Named
@Dependent
public class PdmRetentionWriter extends AbstractItemWriter {

  @EJB private Retention retention;

  @Override
  public void writeItems(List<Object> items) {
    retention.expire(items.stream().map(Long.class::cast).toList());
  }
}
