package bg.omegasoft.pdm.control;

import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.pdm.entity.AccessGrant;
import bg.omegasoft.pdm.entity.Notification;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.pdm.entity.Side;
import bg.omegasoft.pdm.entity.StaffAssignment;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Tells the other side that a file arrived: a client's upload goes to the vendor people assigned to
 * the client, a vendor upload to the client's administrators and granted users. The notices go to
 * the outbox in the upload's transaction ({@link NotificationSender} sends them); they name the
 * company and the side, never the file's name or content, which may be personal data.
 */
@ApplicationScoped
public class Notifier {

  @PersistenceContext private EntityManager em;

  public void arrived(PdmFile file, String clientName, Instant now) {
    for (User recipient : recipients(file)) {
      Locale locale = Locale.forLanguageTag(recipient.getLocale());
      ResourceBundle texts = texts(locale);
      String by =
          texts.getString(
              file.getUploaderSide() == Side.VENDOR ? "arrival.byVendor" : "arrival.byClient");
      String when =
          DateTimeFormatter.ofPattern(
                  "en".equals(locale.getLanguage()) ? "d MMM yyyy, HH:mm" : "dd.MM.yyyy 'в' HH:mm",
                  locale)
              .format(now.atZone(SofiaTime.ZONE));
      String link = PdmConfiguration.publicUrl() + "/pdm/space.xhtml?client=" + file.getClientId();
      em.persist(
          new Notification(
              file.getClientId(),
              file.getId(),
              recipient.getId(),
              recipient.getEmail(),
              format(texts, locale, "arrival.subject", clientName),
              format(
                  texts,
                  locale,
                  "arrival.body",
                  recipient.getFullName(),
                  clientName,
                  by,
                  when,
                  link),
              now));
    }
  }

  private List<User> recipients(PdmFile file) {
    Map<Long, User> recipients = new LinkedHashMap<>();
    long clientId = file.getClientId();
    if (file.getUploaderSide() == Side.CLIENT) {
      em.createNamedQuery(StaffAssignment.FIND_BY_SPACE, StaffAssignment.class)
          .setParameter("clientId", clientId)
          .getResultStream()
          .map(StaffAssignment::getUser)
          .filter(u -> AccessRules.mayBeAssigned(AccessRules.personOf(u)))
          .forEach(u -> recipients.put(u.getId(), u));
    } else {
      em.createQuery("select u from User u where u.clientId = :clientId", User.class)
          .setParameter("clientId", clientId)
          .getResultStream()
          .filter(u -> u.isEnabled() && u.holds(Role.CLIENT_ADMIN))
          .forEach(u -> recipients.put(u.getId(), u));
      em.createNamedQuery(AccessGrant.FIND_BY_SPACE, AccessGrant.class)
          .setParameter("clientId", clientId)
          .getResultStream()
          .map(AccessGrant::getUser)
          .filter(u -> AccessRules.mayBeGranted(AccessRules.personOf(u), clientId))
          .forEach(u -> recipients.put(u.getId(), u));
    }
    recipients.remove(file.getUploadedBy().getId());
    return recipients.values().stream()
        .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
        .toList();
  }

  static ResourceBundle texts(Locale locale) {
    return ResourceBundle.getBundle(
        "bg.omegasoft.pdm.control.mail",
        "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("bg"),
        Notifier.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String format(ResourceBundle texts, Locale locale, String key, Object... args) {
    return new MessageFormat(texts.getString(key), locale).format(args);
  }
}
