package bg.omegasoft.learning.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.learning.entity.Enrolment;
import bg.omegasoft.learning.entity.TrainingSession;
import bg.omegasoft.messaging.boundary.Letter;
import bg.omegasoft.messaging.boundary.Outbox;
import bg.omegasoft.shared.control.Formatter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Reminds trainees by e-mail of the training sessions they hold a confirmed seat in, the day before
 * the session begins. Each enrolment is reminded once: the reminder is recorded in the caller's
 * transaction and the e-mail leaves only after it commits.
 */
@Stateless
@RolesAllowed({Roles.BATCH_OPERATOR, Roles.ADMIN})
public class SessionReminders {

  @PersistenceContext private EntityManager em;
  @EJB private Outbox outbox;

  /** The enrolments to remind of planned sessions beginning on the day, ascending. */
  public List<Long> dueFor(LocalDate firstDay) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select e.id from enrolment e join training_session s on s.id = e.session_id"
                    + " left join session_reminder r on r.enrolment_id = e.id"
                    + " where s.first_day = ? and s.status = 'PLANNED' and e.status = 'CONFIRMED'"
                    + " and r.enrolment_id is null order by e.id")
            .setParameter(1, Date.valueOf(firstDay))
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /** Records and queues the reminders not yet sent; answers how many were queued. */
  public int remind(List<Long> enrolmentIds) {
    int queued = 0;
    for (long id : enrolmentIds) {
      int recorded =
          em.createNativeQuery(
                  "insert ignore into session_reminder (enrolment_id, reminded_at) values (?, ?)")
              .setParameter(1, id)
              .setParameter(2, Timestamp.from(Instant.now()))
              .executeUpdate();
      Enrolment enrolment = em.find(Enrolment.class, id);
      if (recorded == 1 && enrolment != null && enrolment.getTrainee().getEmail() != null) {
        TrainingSession session = enrolment.getSession();
        outbox.queue(
            Letter.to(enrolment.getTrainee().getEmail())
                .template(
                    "learning.sessionReminder",
                    locale ->
                        new Object[] {
                          enrolment.getTrainee().getFullName(),
                          session.getProgrammeVersion().getTitle(),
                          Formatter.date(session.getFirstDay(), locale),
                          session.getDailyStart().toString(),
                          session.getVenue()
                        })
                .once("learning-session-reminder:" + id)
                .about("enrolment:" + id));
        queued++;
      }
    }
    return queued;
  }
}
