package bg.omegasoft.certification.boundary;

import bg.omegasoft.shared.boundary.PersonalDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * What tests and certificates hold about a person: their attempts with scores, and their
 * certificates. A certificate names its holder publicly (anyone with the code can check it), so
 * anonymising revokes the person's valid certificates with the reason and replaces the name;
 * attempts are tied to the account and become pseudonymous with it.
 */
@ApplicationScoped
public class CertificationPersonalData implements PersonalDataHolder {

  static final String ERASURE_REASON = "Заличено по искане на притежателя (чл. 17 ОРЗД)";

  @PersistenceContext private EntityManager em;
  @Inject private Principal caller;

  private final Clock clock = Clock.systemUTC();

  @Override
  public String section() {
    return "tests";
  }

  @Override
  public JsonValue export(DataSubject subject) {
    @SuppressWarnings("unchecked")
    List<Object[]> attempts =
        em.createNativeQuery(
                "select t.title, a.number, a.status, a.started_at, a.submitted_at,"
                    + " a.score_percent, a.passed from attempt a join test_definition t"
                    + " on t.id = a.test_id where a.trainee_id = ? order by a.started_at")
            .setParameter(1, subject.userId())
            .getResultList();
    JsonArrayBuilder taken = Json.createArrayBuilder();
    for (Object[] a : attempts) {
      taken.add(
          Json.createObjectBuilder()
              .add("test", text(a[0]))
              .add("attempt", text(a[1]))
              .add("status", text(a[2]))
              .add("startedAt", text(a[3]))
              .add("submittedAt", text(a[4]))
              .add("scorePercent", text(a[5]))
              .add("passed", text(a[6])));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> certificates =
        em.createNativeQuery(
                "select number, status, holder_name, programme_title, level, version_number,"
                    + " issued_on, revoked_at, revoke_reason from certificate where holder_id = ?"
                    + " order by issued_at")
            .setParameter(1, subject.userId())
            .getResultList();
    JsonArrayBuilder held = Json.createArrayBuilder();
    for (Object[] c : certificates) {
      held.add(
          Json.createObjectBuilder()
              .add("number", text(c[0]))
              .add("status", text(c[1]))
              .add("holder", text(c[2]))
              .add("programme", text(c[3]))
              .add("level", text(c[4]))
              .add("version", text(c[5]))
              .add("issuedOn", text(c[6]))
              .add("revokedAt", text(c[7]))
              .add("revokeReason", text(c[8])));
    }
    return Json.createObjectBuilder().add("attempts", taken).add("certificates", held).build();
  }

  @Override
  public void anonymise(DataSubject subject, String pseudonym) {
    em.createNativeQuery(
            "update certificate set status = 'REVOKED', revoked_at = ?, revoked_by = ?,"
                + " revoke_reason = ? where holder_id = ? and status = 'VALID'")
        .setParameter(1, LocalDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC))
        .setParameter(2, caller.getName())
        .setParameter(3, ERASURE_REASON)
        .setParameter(4, subject.userId())
        .executeUpdate();
    em.createNativeQuery("update certificate set holder_name = ? where holder_id = ?")
        .setParameter(1, pseudonym)
        .setParameter(2, subject.userId())
        .executeUpdate();
  }

  private static String text(Object value) {
    return Objects.toString(value, "");
  }
}
