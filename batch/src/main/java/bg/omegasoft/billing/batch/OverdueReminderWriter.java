package bg.omegasoft.billing.batch;

import bg.omegasoft.billing.boundary.OverdueReminders;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** Hands each chunk of overdue documents to billing, which records and queues the reminders. */
@Named
@Dependent
public class OverdueReminderWriter extends AbstractItemWriter {

  @EJB private OverdueReminders reminders;

  @Override
  public void writeItems(List<Object> items) {
    reminders.remind(
        items.stream().map(String.class::cast).toList(), LocalDate.now(SofiaTime.ZONE));
  }
}
