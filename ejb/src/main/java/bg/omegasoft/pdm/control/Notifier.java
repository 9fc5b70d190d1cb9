package bg.omegasoft.pdm.control;

import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.messaging.boundary.Letter;
import bg.omegasoft.messaging.boundary.MailTexts;
import bg.omegasoft.messaging.boundary.Outbox;
import bg.omegasoft.pdm.entity.AccessGrant;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.pdm.entity.Side;
import bg.omegasoft.pdm.entity.StaffAssignment;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells the other side that a file arrived: a client's upload goes to the vendor people assigned to
 * the client, a vendor upload to the client's administrators and granted users. The notices go to
 * the platform's outbox in the upload's transaction, in the recipient's language; they name the
 * company and the side, never the file's name or content, which may be personal data.
 */
@ApplicationScoped
public class Notifier {

  @PersistenceContext private EntityManager em;
  @EJB private Outbox outbox;

  public void arrived(PdmFile file, String clientName, Instant now) {
    for (User recipient : recipients(file)) {
      Locale locale = Locale.forLanguageTag(recipient.getLocale());
      String link = PdmConfiguration.publicUrl() + "/pdm/space.xhtml?client=" + file.getClientId();
      outbox.queue(
          Letter.to(recipient.getEmail())
              .in(locale)
              .template(
                  "pdm.arrival",
                  language ->
                      new Object[] {
                        recipient.getFullName(),
                        clientName,
                        MailTexts.text(
                            language,
                            file.getUploaderSide() == Side.VENDOR
                                ? "pdm.arrival.byVendor"
                                : "pdm.arrival.byClient"),
                        when(now, language),
                        link
                      })
              .once("pdm-arrival:" + file.getId() + ":" + recipient.getId())
              .about("pdm-file:" + file.getId())
              .forUser(recipient.getId()));
    }
  }

  private static String when(Instant now, Locale language) {
    return DateTimeFormatter.ofPattern(MailTexts.text(language, "pdm.arrival.when"), language)
        .format(now.atZone(SofiaTime.ZONE));
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
}
