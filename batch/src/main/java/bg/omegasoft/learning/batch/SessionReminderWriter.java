package bg.omegasoft.learning.batch;

import bg.omegasoft.learning.boundary.SessionReminders;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/** Hands each chunk of enrolments to learning, which records and queues their reminders. */
@Named
@Dependent
public class SessionReminderWriter extends AbstractItemWriter {

  @EJB private SessionReminders reminders;

  @Override
  public void writeItems(List<Object> items) {
    reminders.remind(items.stream().map(Long.class::cast).toList());
  }
}
