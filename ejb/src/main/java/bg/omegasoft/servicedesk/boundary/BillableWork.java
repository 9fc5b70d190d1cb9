package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.shared.control.SofiaTime;
import bg.omegasoft.shared.entity.ServiceType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the service desk hands to billing (read only): work whose protocol the client accepted, with
 * the worked time from the work log, the express promise kept or breached, and referral rewards
 * due.
 */
@Stateless
@RolesAllowed({Roles.BATCH_OPERATOR, Roles.FINANCE, Roles.ADMIN})
public class BillableWork {

  /**
   * One billable piece of the desk's work.
   *
   * @param type VISIT or REMOTE for time-based work, EXPRESS, PASSWORD_RECOVERY,
   *     LICENCE_OWNER_CHANGE; for a referral reward the type is null
   * @param mode VISIT or REMOTE: how time-based or express work was delivered
   */
  public record Done(
      String sourceKey,
      long clientId,
      ServiceType type,
      ServiceType mode,
      LocalDate doneOn,
      int minutes,
      boolean expressKept,
      String description) {}

  @PersistenceContext private EntityManager em;

  /** Accepted work and recorded referral rewards up to the end of the day (Sofia time). */
  public List<Done> billableUpTo(LocalDate day) {
    Timestamp end = Timestamp.from(day.plusDays(1).atStartOfDay(SofiaTime.ZONE).toInstant());
    List<Done> done = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Object[]> work =
        em.createNativeQuery(
                "SELECT r.id, r.number, r.type, r.client_id, r.delivery_mode, r.billable_since,"
                    + " r.express_met_at, r.express_breached_at, r.subject,"
                    + " (SELECT CEIL(SUM(TIMESTAMPDIFF(SECOND, w.started_at, w.ended_at)) / 60)"
                    + "    FROM work_log_entry w WHERE w.request_id = r.id),"
                    + " (SELECT MAX(w.ended_at) FROM work_log_entry w WHERE w.request_id = r.id),"
                    + " p.minutes"
                    + " FROM service_request r LEFT JOIN service_protocol p ON p.request_id = r.id"
                    + " WHERE r.billable = TRUE AND r.client_id IS NOT NULL AND r.billable_since < ?1")
            .setParameter(1, end)
            .getResultList();
    for (Object[] row : work) {
      long id = ((Number) row[0]).longValue();
      String requestType = (String) row[2];
      ServiceType mode = "ON_SITE".equals(row[4]) ? ServiceType.VISIT : ServiceType.REMOTE;
      ServiceType type =
          switch (requestType) {
            case "EXPRESS" -> ServiceType.EXPRESS;
            case "PASSWORD_RECOVERY" -> ServiceType.PASSWORD_RECOVERY;
            case "LICENCE_OWNER_CHANGE" -> ServiceType.LICENCE_OWNER_CHANGE;
            case "SUPPORT", "TRAINING" -> mode;
            default -> null;
          };
      if (type == null) {
        continue;
      }
      Number logged = (Number) row[9];
      Number protocolMinutes = (Number) row[11];
      int minutes =
          logged != null
              ? logged.intValue()
              : protocolMinutes == null ? 0 : protocolMinutes.intValue();
      Timestamp lastWork = row[10] != null ? (Timestamp) row[10] : (Timestamp) row[5];
      LocalDate doneOn = lastWork.toInstant().atZone(SofiaTime.ZONE).toLocalDate();
      boolean kept = row[6] != null && row[7] == null;
      String number = row[1] == null ? String.valueOf(id) : (String) row[1];
      done.add(
          new Done(
              "protocol:" + id,
              ((Number) row[3]).longValue(),
              type,
              mode,
              doneOn,
              minutes,
              kept,
              "Заявка № " + number + ": " + row[8]));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rewards =
        em.createNativeQuery(
                "SELECT r.id, r.client_id, r.reward_recorded_at, r.prospect_company FROM service_request r"
                    + " WHERE r.type = 'REFERRAL' AND r.client_id IS NOT NULL"
                    + " AND r.reward_recorded_at IS NOT NULL AND r.reward_recorded_at < ?1")
            .setParameter(1, end)
            .getResultList();
    for (Object[] row : rewards) {
      done.add(
          new Done(
              "referral:" + ((Number) row[0]).longValue(),
              ((Number) row[1]).longValue(),
              null,
              null,
              ((Timestamp) row[2]).toInstant().atZone(SofiaTime.ZONE).toLocalDate(),
              0,
              false,
              "Отстъпка: награда за препоръка" + (row[3] == null ? "" : " (" + row[3] + ")")));
    }
    return done;
  }
}
