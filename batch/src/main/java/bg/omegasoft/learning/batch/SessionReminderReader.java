package bg.omegasoft.learning.batch;

import bg.omegasoft.learning.boundary.SessionReminders;
import bg.omegasoft.operations.batch.IdsReader;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads the enrolments to remind of sessions beginning on the job parameter {@code day} (default:
 * tomorrow in Sofia). The checkpoint is the last enrolment id handed out.
 */
@Named
@Dependent
public class SessionReminderReader extends IdsReader {

  @EJB private SessionReminders reminders;

  @Inject
  @BatchProperty(name = "day")
  private String day;

  @Override
  protected List<Long> ids() {
    LocalDate firstDay =
        day == null || day.isBlank()
            ? LocalDate.now(SofiaTime.ZONE).plusDays(1)
            : LocalDate.parse(day);
    return reminders.dueFor(firstDay);
  }
}
