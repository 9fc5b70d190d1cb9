package bg.omegasoft.pdm.control;

import bg.omegasoft.pdm.entity.Notification;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends the waiting arrival notices of the outbox through the platform's mail session
 * (java:jboss/mail/Omex) every 30 seconds; a failed one is retried with growing pauses, up to
 * {@link Notification#MAX_ATTEMPTS} times. Rows are locked while sent, so two nodes never send one
 * twice.
 */
@Singleton
@PermitAll
public class NotificationSender {

  private static final Logger LOG = Logger.getLogger(NotificationSender.class.getName());
  private static final int BATCH = 20;

  @PersistenceContext private EntityManager em;

  @Resource(lookup = "java:jboss/mail/Omex")
  private Session mail;

  private final Clock clock = Clock.systemUTC();

  @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
  void sendWaiting() {
    Instant now = Instant.now(clock);
    List<Notification> waiting =
        em.createNamedQuery(Notification.FIND_PENDING, Notification.class)
            .setParameter("maxAttempts", Notification.MAX_ATTEMPTS)
            .setParameter("now", now)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setMaxResults(BATCH)
            .getResultList();
    for (Notification notification : waiting) {
      try {
        MimeMessage message = new MimeMessage(mail);
        message.setFrom();
        message.setRecipient(
            Message.RecipientType.TO, new InternetAddress(notification.getRecipientEmail()));
        message.setSubject(notification.getSubject(), "UTF-8");
        message.setText(notification.getBody(), "UTF-8");
        Transport.send(message);
        notification.sent(Instant.now(clock));
      } catch (MessagingException | RuntimeException e) {
        notification.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), now);
        LOG.info(
            "PDM notice "
                + notification.getId()
                + " not sent (attempt "
                + notification.getAttempts()
                + "): "
                + e.getMessage());
      }
    }
  }
}
