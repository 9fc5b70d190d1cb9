package bg.omegasoft.learning.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What learning hands to billing (read only): seats of client staff in standard trainings that have
 * started, and accepted quotes for individual trainings.
 */
@Stateless
@RolesAllowed({Roles.BATCH_OPERATOR, Roles.FINANCE, Roles.ADMIN})
public class BillableTrainings {

  /**
   * A billable training.
   *
   * @param amount the quoted amount excluding VAT for an individual training; null for a standard
   *     training, which the price list prices per trainee
   */
  public record Trained(
      String sourceKey,
      long clientId,
      boolean individual,
      LocalDate doneOn,
      BigDecimal amount,
      String description) {}

  @PersistenceContext private EntityManager em;

  /** Enrolments in sessions started by the day and quotes accepted by its end. */
  public List<Trained> billableUpTo(LocalDate day) {
    List<Trained> trained = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Object[]> seats =
        em.createNativeQuery(
                "SELECT e.id, u.client_id, s.first_day, s.last_day, v.title FROM enrolment e"
                    + " JOIN training_session s ON s.id = e.session_id"
                    + " JOIN programme_version v ON v.id = e.version_id"
                    + " JOIN app_user u ON u.id = e.trainee_id"
                    + " WHERE e.status IN ('CONFIRMED', 'COMPLETED') AND u.client_id IS NOT NULL"
                    + " AND s.first_day <= ?1")
            .setParameter(1, Date.valueOf(day))
            .getResultList();
    for (Object[] row : seats) {
      LocalDate first = ((Date) row[2]).toLocalDate();
      trained.add(
          new Trained(
              "enrolment:" + ((Number) row[0]).longValue(),
              ((Number) row[1]).longValue(),
              false,
              first,
              null,
              "Стандартно обучение „"
                  + row[4]
                  + "“, "
                  + first
                  + " – "
                  + row[3]
                  + ", един участник"));
    }
    Timestamp end = Timestamp.from(day.plusDays(1).atStartOfDay(SofiaTime.ZONE).toInstant());
    @SuppressWarnings("unchecked")
    List<Object[]> quotes =
        em.createNativeQuery(
                "SELECT q.id, q.client_id, q.decided_at, q.amount, q.number FROM quote q"
                    + " WHERE q.status = 'ACCEPTED' AND q.billable = TRUE AND q.decided_at < ?1")
            .setParameter(1, end)
            .getResultList();
    for (Object[] row : quotes) {
      trained.add(
          new Trained(
              "quote:" + ((Number) row[0]).longValue(),
              ((Number) row[1]).longValue(),
              true,
              ((Timestamp) row[2]).toInstant().atZone(SofiaTime.ZONE).toLocalDate(),
              (BigDecimal) row[3],
              "Индивидуално обучение по приета оферта № " + row[4]));
    }
    return trained;
  }
}
