package bg.omegasoft.messaging.boundary;

import bg.omegasoft.messaging.control.MimeLetters;
import bg.omegasoft.messaging.entity.OutgoingMail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Queues the platform's e-mails in the caller's transaction (it must have one): a mail exists
 * exactly when the change it tells about does, and is delivered once that transaction committed
 * (see {@code messaging.control.MailCourier}). A letter whose business event was queued before is
 * not queued again.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

  /** The domain of the Message-IDs the platform makes; replies carry them back. */
  public static final String MESSAGE_ID_DOMAIN = "desk.omegasoft.bg";

  @PersistenceContext private EntityManager em;

  @Resource(lookup = "java:jboss/mail/Omex")
  private Session mailSession;

  @Inject private Event<MailQueued> queued;

  private final Clock clock = Clock.systemUTC();

  /** Queues the letter, or answers the mail queued before for the same business event. */
  public OutgoingMail queue(Letter letter) {
    if (letter.dedupKey() != null) {
      List<OutgoingMail> earlier =
          em.createNamedQuery(OutgoingMail.FIND_BY_DEDUP_KEY, OutgoingMail.class)
              .setParameter("key", letter.dedupKey())
              .getResultList();
      if (!earlier.isEmpty()) {
        return earlier.get(0);
      }
    }
    OutgoingMail mail =
        new OutgoingMail(
            letter.recipients(),
            letter.subject(),
            letter.body(),
            letter.language(),
            "<" + UUID.randomUUID() + "@" + MESSAGE_ID_DOMAIN + ">",
            letter.dedupKey(),
            Instant.now(clock));
    mail.about(letter.topic(), letter.recipientUserId());
    if (letter.inReplyTo() != null) {
      mail.replyTo(letter.inReplyTo());
    }
    letter.attachments().forEach(a -> mail.attach(a.fileName(), a.contentType(), a.content()));
    em.persist(mail);
    queued.fire(new MailQueued());
    return mail;
  }

  /** The mails about a topic, oldest first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<OutgoingMail> about(String topic) {
    return em.createNamedQuery(OutgoingMail.FIND_BY_TOPIC, OutgoingMail.class)
        .setParameter("topic", topic)
        .getResultList();
  }

  /** Forgets the mails about a topic, sent or not: the thing they told about is gone. */
  public void forgetAbout(String topic) {
    about(topic).forEach(em::remove);
  }

  /** The mails addressed to a platform user (their personal-data export). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<OutgoingMail> addressedTo(long userId) {
    return em.createNamedQuery(OutgoingMail.FIND_BY_USER, OutgoingMail.class)
        .setParameter("userId", userId)
        .getResultList();
  }

  /** Forgets the mails addressed to a platform user (their erasure). */
  public void forget(long userId) {
    addressedTo(userId).forEach(em::remove);
  }

  /** The sender of the platform's mails, as the mail session names it. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public String sender() {
    String from = mailSession.getProperty("mail.from");
    return from == null || from.isBlank() ? MimeLetters.DEFAULT_FROM : from;
  }

  /** Fired when a mail is queued; observed after the commit to deliver at once. */
  public record MailQueued() {}
}
