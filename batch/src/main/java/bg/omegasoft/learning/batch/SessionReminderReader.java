package bg.omegasoft.learning.batch;

import bg.omegasoft.learning.boundary.SessionReminders;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Iterator;

/**
 * Reads the enrolments to remind of sessions beginning on the job parameter {@code day} (default:
 * tomorrow in Sofia). The checkpoint is the last enrolment id handed out.
 */
@Named
@Dependent
public class SessionReminderReader extends AbstractItemReader {

  @EJB private SessionReminders reminders;

  @Inject
  @BatchProperty(name = "day")
  private String day;

  private Iterator<Long> ids;
  private Long last;

  @Override
  public void open(Serializable checkpoint) {
    LocalDate firstDay =
        day == null || day.isBlank()
            ? LocalDate.now(SofiaTime.ZONE).plusDays(1)
            : LocalDate.parse(day);
    last = (Long) checkpoint;
    long after = last == null ? Long.MIN_VALUE : last;
    ids = reminders.dueFor(firstDay).stream().filter(id -> id > after).iterator();
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
