package bg.omegasoft.contracts.boundary;

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
 * What contracts hold about a person with an account: their name as the one who recorded a needs
 * assessment, decided on it as the named manager, recorded terms or changed a contract. Anonymising
 * keeps the contracts and their history (the client's agreement) but replaces the person's user
 * name and full name with the pseudonym.
 */
@ApplicationScoped
public class ContractsPersonalData implements PersonalDataHolder {

  @PersistenceContext private EntityManager em;

  @Override
  public String section() {
    return "contracts";
  }

  @Override
  public JsonValue export(DataSubject subject) {
    @SuppressWarnings("unchecked")
    List<Object[]> assessments =
        em.createNativeQuery(
                "select id, recorded_by, recorded_at, decided_by, decided_by_name, decided_at,"
                    + " decision from contract_assessment where recorded_by = ?1 or decided_by = ?1"
                    + " order by recorded_at")
            .setParameter(1, subject.username())
            .getResultList();
    JsonArrayBuilder assessed = Json.createArrayBuilder();
    for (Object[] a : assessments) {
      assessed.add(
          Json.createObjectBuilder()
              .add("assessment", text(a[0]))
              .add("recordedBy", text(a[1]))
              .add("recordedAt", text(a[2]))
              .add("decidedBy", text(a[3]))
              .add("decidedByName", text(a[4]))
              .add("decidedAt", text(a[5]))
              .add("decision", text(a[6])));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> events =
        em.createNativeQuery(
                "select e.at, e.kind, c.contract_number from contract_event e"
                    + " join contract c on c.id = e.contract_id where e.actor = ? order by e.at")
            .setParameter(1, subject.username())
            .getResultList();
    JsonArrayBuilder changes = Json.createArrayBuilder();
    for (Object[] e : events) {
      changes.add(
          Json.createObjectBuilder()
              .add("at", text(e[0]))
              .add("what", text(e[1]))
              .add("contract", text(e[2])));
    }
    return Json.createObjectBuilder()
        .add("assessments", assessed)
        .add("contractChanges", changes)
        .build();
  }

  @Override
  public void anonymise(DataSubject subject, String pseudonym) {
    String username = subject.username();
    em.createNativeQuery("update contract_assessment set recorded_by = ?1 where recorded_by = ?2")
        .setParameter(1, pseudonym)
        .setParameter(2, username)
        .executeUpdate();
    em.createNativeQuery(
            "update contract_assessment set decided_by = ?1, decided_by_name = ?1"
                + " where decided_by = ?2")
        .setParameter(1, pseudonym)
        .setParameter(2, username)
        .executeUpdate();
    em.createNativeQuery("update contract_terms set recorded_by = ?1 where recorded_by = ?2")
        .setParameter(1, pseudonym)
        .setParameter(2, username)
        .executeUpdate();
    em.createNativeQuery("update contract set created_by = ?1 where created_by = ?2")
        .setParameter(1, pseudonym)
        .setParameter(2, username)
        .executeUpdate();
    em.createNativeQuery("update contract_event set actor = ?1 where actor = ?2")
        .setParameter(1, pseudonym)
        .setParameter(2, username)
        .executeUpdate();
  }

  private static String text(Object value) {
    return Objects.toString(value, "");
  }
}
