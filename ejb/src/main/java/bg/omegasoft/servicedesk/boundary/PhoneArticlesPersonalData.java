package bg.omegasoft.servicedesk.boundary;

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
 * The articles of the knowledge base mailed to a person's address from a phone call: exported with
 * the article and the moment; anonymising replaces the address with the pseudonym and keeps the
 * record that the call pointed the caller to the article.
 */
@ApplicationScoped
public class PhoneArticlesPersonalData implements PersonalDataHolder {

  @PersistenceContext private EntityManager em;

  @Override
  public String section() {
    return "phoneArticles";
  }

  @Override
  public JsonValue export(DataSubject subject) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select s.sent_at, s.sent_to, a.title from phone_call_article s"
                    + " join kb_article a on a.id = s.article_id"
                    + " where lower(s.sent_to) = lower(?) order by s.sent_at, s.id")
            .setParameter(1, email(subject))
            .getResultList();
    JsonArrayBuilder sent = Json.createArrayBuilder();
    for (Object[] row : rows) {
      sent.add(
          Json.createObjectBuilder()
              .add("at", Objects.toString(row[0], ""))
              .add("to", Objects.toString(row[1], ""))
              .add("article", Objects.toString(row[2], "")));
    }
    return sent.build();
  }

  @Override
  public void anonymise(DataSubject subject, String pseudonym) {
    em.createNativeQuery(
            "update phone_call_article set sent_to = ?2 where lower(sent_to) = lower(?1)")
        .setParameter(1, email(subject))
        .setParameter(2, pseudonym)
        .executeUpdate();
  }

  private static String email(DataSubject subject) {
    return subject.email() == null ? "" : subject.email();
  }
}
