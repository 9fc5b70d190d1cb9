package bg.omegasoft.billing.batch;

import bg.omegasoft.billing.boundary.OverdueReminders;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Iterator;

/**
 * Reads the numbers of the overdue documents to remind of today (Sofia). The checkpoint is the last
 * number handed out; a restart reads what is still due, and the records decide what was sent.
 */
@Named
@Dependent
public class OverdueReminderReader extends AbstractItemReader {

  @EJB private OverdueReminders reminders;

  private Iterator<String> numbers;
  private String last;

  @Override
  public void open(Serializable checkpoint) {
    last = (String) checkpoint;
    numbers = reminders.dueOn(LocalDate.now(SofiaTime.ZONE)).iterator();
  }

  @Override
  public Object readItem() {
    if (!numbers.hasNext()) {
      return null;
    }
    last = numbers.next();
    return last;
  }

  @Override
  public Serializable checkpointInfo() {
    return last;
  }
}
