package bg.omegasoft.notifications.boundary;

import bg.omegasoft.notifications.entity.MailChoice;
import bg.omegasoft.notifications.entity.Notification;
import bg.omegasoft.shared.boundary.Notice;
import bg.omegasoft.shared.boundary.PersonalDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The notifications a person received and their choices of mail are theirs: exported with their
 * text in the person's language, and erased (nothing of them needs keeping; the change each told
 * about is kept by its own capability).
 */
@ApplicationScoped
public class NotificationsPersonalData implements PersonalDataHolder {

  @PersistenceContext private EntityManager em;

  @Override
  public String section() {
    return "notifications";
  }

  @Override
  public JsonValue export(DataSubject subject) {
    JsonArrayBuilder received = Json.createArrayBuilder();
    em.createNamedQuery(Notification.OF_RECIPIENT, Notification.class)
        .setParameter("user", subject.userId())
        .getResultStream()
        .forEach(n -> received.add(json(n)));
    JsonObjectBuilder byMail = Json.createObjectBuilder();
    Map<Notice.Kind, Boolean> choices =
        MailChoice.effective(
            em.createNamedQuery(MailChoice.OF_USER, MailChoice.class)
                .setParameter("user", subject.userId())
                .getResultList());
    choices.forEach((kind, mail) -> byMail.add(kind.name(), mail));
    return Json.createObjectBuilder().add("received", received).add("byMail", byMail).build();
  }

  @Override
  public void anonymise(DataSubject subject, String pseudonym) {
    em.createNamedQuery(Notification.REMOVE_OF_RECIPIENT)
        .setParameter("user", subject.userId())
        .executeUpdate();
    em.createNamedQuery(MailChoice.REMOVE_OF_USER)
        .setParameter("user", subject.userId())
        .executeUpdate();
  }

  private static JsonObjectBuilder json(Notification n) {
    return Json.createObjectBuilder()
        .add("kind", n.getKind().name())
        .add("text", n.text(Locale.forLanguageTag("bg")))
        .add("arguments", Json.createArrayBuilder(n.getArguments()))
        .add("link", Objects.toString(n.getLink(), ""))
        .add("createdAt", n.getCreatedAt().toString())
        .add("readAt", Objects.toString(n.getReadAt(), ""));
  }
}
