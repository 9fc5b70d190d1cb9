package bg.omegasoft.learning.boundary;

import bg.omegasoft.shared.boundary.PersonalDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;

/**
 * What training holds about a person: enrolments with their session, version, state, attendance and
 * completed lessons. Enrolments are tied to the account, so anonymising the account makes them
 * pseudonymous; only the user names written as text ("enrolled by", "cancelled by") are replaced.
 */
@ApplicationScoped
public class LearningPersonalData implements PersonalDataHolder {

  @PersistenceContext private EntityManager em;

  @Override
  public String section() {
    return "learning";
  }

  @Override
  public JsonValue export(DataSubject subject) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select e.id, v.title, v.number, s.first_day, s.last_day, e.status,"
                    + " e.requested_at, e.confirmed_at, e.cancelled_at, e.completed_at,"
                    + " (select count(*) from attendance a where a.enrolment_id = e.id"
                    + "    and a.present = 1),"
                    + " (select count(*) from lesson_completion c where c.enrolment_id = e.id)"
                    + " from enrolment e join training_session s on s.id = e.session_id"
                    + " join programme_version v on v.id = e.version_id"
                    + " where e.trainee_id = ? order by e.id")
            .setParameter(1, subject.userId())
            .getResultList();
    JsonArrayBuilder enrolments = Json.createArrayBuilder();
    for (Object[] row : rows) {
      enrolments.add(
          Json.createObjectBuilder()
              .add("enrolment", text(row[0]))
              .add("programme", text(row[1]))
              .add("version", text(row[2]))
              .add("firstDay", text(row[3]))
              .add("lastDay", text(row[4]))
              .add("status", text(row[5]))
              .add("requestedAt", text(row[6]))
              .add("confirmedAt", text(row[7]))
              .add("cancelledAt", text(row[8]))
              .add("completedAt", text(row[9]))
              .add("daysPresent", text(row[10]))
              .add("lessonsCompleted", text(row[11])));
    }
    return Json.createObjectBuilder().add("enrolments", enrolments).build();
  }

  @Override
  public void anonymise(DataSubject subject, String pseudonym) {
    em.createNativeQuery("update enrolment set enrolled_by = ? where enrolled_by = ?")
        .setParameter(1, pseudonym)
        .setParameter(2, subject.username())
        .executeUpdate();
    em.createNativeQuery("update enrolment set cancelled_by = ? where cancelled_by = ?")
        .setParameter(1, pseudonym)
        .setParameter(2, subject.username())
        .executeUpdate();
  }

  private static String text(Object value) {
    return Objects.toString(value, "");
  }
}
