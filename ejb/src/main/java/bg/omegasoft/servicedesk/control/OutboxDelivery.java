package bg.omegasoft.servicedesk.control;

import bg.omegasoft.servicedesk.entity.OutgoingMail;
import jakarta.activation.DataHandler;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one queued mail in a transaction of its own, holding its row locked, so two nodes never
 * send it twice and a failure only postpones that one mail.
 */
@Stateless
@PermitAll
public class OutboxDelivery {

  private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> due() {
    return em.createNamedQuery(OutgoingMail.FIND_DUE, Long.class)
        .setParameter("maxAttempts", OutgoingMail.MAX_ATTEMPTS)
        .setParameter("now", Instant.now(clock))
        .setMaxResults(50)
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void send(long id, Session session) {
    OutgoingMail mail = em.find(OutgoingMail.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (mail == null || mail.getSentAt() != null) {
      return;
    }
    try {
      Transport.send(message(mail, session));
      mail.sent(Instant.now(clock));
    } catch (MessagingException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "E-mail "
              + id
              + " to "
              + mail.getRecipient()
              + " not sent (attempt "
              + (mail.getAttempts() + 1)
              + "): "
              + e.getMessage());
      mail.failed(e.getMessage(), Instant.now(clock));
    }
  }

  /**
   * A plain-text mail; with a calendar object it is multipart/mixed holding the text, the
   * text/calendar part (METHOD given, so mail programs offer to accept it) and the same as
   * invite.ics for programs that only show attachments.
   */
  static MimeMessage message(OutgoingMail mail, Session session) throws MessagingException {
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", mail.getMessageId());
          }
        };
    message.setFrom();
    if (message.getFrom() == null || message.getFrom().length == 0) {
      message.setFrom(new InternetAddress("noreply@omegasoft.bg"));
    }
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient()));
    message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(mail.getCreatedAt()));
    message.setHeader("Auto-Submitted", "auto-generated");
    if (mail.getInReplyTo() != null) {
      message.setHeader("In-Reply-To", mail.getInReplyTo());
      message.setHeader("References", mail.getInReplyTo());
    }
    if (mail.getCalendar() == null) {
      message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
      return message;
    }
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.getBody(), StandardCharsets.UTF_8.name());
    String type = "text/calendar; charset=UTF-8; method=" + mail.getCalendarMethod();
    byte[] ics = mail.getCalendar().getBytes(StandardCharsets.UTF_8);
    MimeBodyPart calendar = new MimeBodyPart();
    calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(ics, type)));
    calendar.setHeader("Content-Type", type);
    MimeBodyPart file = new MimeBodyPart();
    file.setDataHandler(
        new DataHandler(new ByteArrayDataSource(ics, "application/ics; name=invite.ics")));
    file.setFileName("invite.ics");
    file.setDisposition(MimeBodyPart.ATTACHMENT);
    message.setContent(new MimeMultipart("mixed", text, calendar, file));
    return message;
  }
}
